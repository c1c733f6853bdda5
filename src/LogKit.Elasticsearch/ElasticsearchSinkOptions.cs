namespace LogKit;

/// <summary>
/// Options of the Elasticsearch sink (<see cref="ElasticsearchPipelineExtensions.AddElasticsearch(LogPipeline, Uri, Action{ElasticsearchSinkOptions}?)"/>).
/// <see cref="BatchedSinkOptions.BatchSize"/> is also the most events in one <c>_bulk</c> request.
/// Every option is validated when the sink is added: a bad value throws <see cref="ArgumentException"/>
/// naming the option. Credentials given here or in a node's URI never appear in self-log text,
/// exceptions, metric tags or files.
/// </summary>
public sealed class ElasticsearchSinkOptions : BatchedSinkOptions
{
    /// <summary>
    /// The cluster's nodes. Default: the one URI given to <c>AddElasticsearch</c>. Requests go round-robin;
    /// a node that fails is skipped and tried again later. Each must be an absolute <c>http</c> or
    /// <c>https</c> URI; user information (<c>user:pass@</c>) is used as Basic credentials and then removed.
    /// </summary>
    public IList<Uri> Nodes { get; set; } = [];

    /// <summary>
    /// The data stream written to, named <c>logs-{dataset}-{namespace}</c> (lower case; the dataset and
    /// namespace contain no <c>-</c>). Default <c>logs-logkit-default</c>.
    /// </summary>
    public string DataStream { get; set; } = "logs-logkit-default";

    /// <summary>An Elasticsearch API key (the encoded form), sent as <c>Authorization: ApiKey ...</c>. Default none.</summary>
    public string? ApiKey { get; set; }

    /// <summary>A user name for Basic authentication (with <see cref="Password"/>). Default none.</summary>
    public string? Username { get; set; }

    /// <summary>The password for <see cref="Username"/>. Default none.</summary>
    public string? Password { get; set; }

    /// <summary>The most uncompressed bytes in one <c>_bulk</c> request. Default 5 MB. A larger batch is split.</summary>
    public FileSize BatchBytes { get; set; } = FileSize.Parse("5 MB");

    /// <summary>How many <c>_bulk</c> requests may be in flight at once. Default 2.</summary>
    public int MaxConcurrentRequests { get; set; } = 2;

    /// <summary>How long one request may take before it counts as failed (and is retried). Default 30 seconds.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The durable buffer folder: batches the cluster has not accepted yet are appended here (fsync per
    /// batch) and replayed in order, also by the next process. One process at a time: a second sink or
    /// process on the same folder is refused when it is added. Default: <c>LogKit/elasticsearch/{data stream}</c>
    /// under the user's local application data folder. Dead-lettered events go to <c>dead-letter.clef</c> in it.
    /// </summary>
    public string? BufferPath { get; set; }

    /// <summary>
    /// The most bytes the durable buffer holds. Default 1 GB. When full, the oldest buffered batches are
    /// dropped, and counted.
    /// </summary>
    public FileSize MaxBufferSize { get; set; } = FileSize.Parse("1 GB");

    /// <summary>
    /// How long closing the sink keeps delivering what is buffered. Default 10 seconds. What is not
    /// delivered by then stays in the durable buffer for the next process.
    /// </summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The <c>service.name</c> of every document. Default: the entry assembly's name.</summary>
    public string? ServiceName { get; set; }

    /// <summary>
    /// When true, the sink installs (idempotently) an index template for the data stream's pattern
    /// with explicit mappings for the ECS fields it writes, at priority 200 (above the built-in
    /// <c>logs</c> template's 100). Default false.
    /// </summary>
    public bool BootstrapTemplate { get; set; }

    /// <summary>
    /// The clock for back-off, timeouts, node resurrection and delivery lag. Default: the pipeline's
    /// <see cref="LogPipeline.TimeProvider"/> (the system clock unless the pipeline was given another).
    /// Tests pass a fake one so retries do not sleep.
    /// </summary>
    public TimeProvider? TimeProvider { get; set; }
}
