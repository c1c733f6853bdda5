using System.Reflection;
using System.Text;

namespace LogKit.Elasticsearch.Configuration;

/// <summary>
/// The sink's options, validated once and copied so later changes to the options object do nothing.
/// Credentials live only in <see cref="Authorization"/>, which nothing ever prints.
/// </summary>
internal sealed class ElasticsearchSettings
{
    public required IReadOnlyList<ElasticsearchNode> Nodes { get; init; }
    public required DataStreamName DataStream { get; init; }
    public string? Authorization { get; init; }
    public required int BatchSize { get; init; }
    public required long BatchBytes { get; init; }
    public required TimeSpan FlushInterval { get; init; }
    public required int MaxConcurrentRequests { get; init; }
    public required TimeSpan RequestTimeout { get; init; }
    public required string BufferPath { get; init; }
    public required long MaxBufferSize { get; init; }
    public required TimeSpan ShutdownTimeout { get; init; }
    public required string ServiceName { get; init; }
    public required bool BootstrapTemplate { get; init; }
    public required TimeProvider TimeProvider { get; init; }
    public required string SinkName { get; init; }

    /// <summary>The first delay of the retry back-off; doubled per attempt up to <see cref="MaxBackoff"/>, with jitter.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(500);
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(30);

    public static ElasticsearchSettings From(Uri? uri, ElasticsearchSinkOptions options, TimeProvider? pipelineClock)
    {
        var raw = options.Nodes is { Count: > 0 } ? options.Nodes : uri is null ? [] : [uri];
        if (raw.Count == 0)
            throw new ArgumentException("Give at least one node, for example AddElasticsearch(new Uri(\"http://localhost:9200\")).", nameof(ElasticsearchSinkOptions.Nodes));

        string? userInfo = null;
        var nodes = new List<ElasticsearchNode>();
        foreach (var node in raw)
        {
            if (node is null || !node.IsAbsoluteUri || (node.Scheme != Uri.UriSchemeHttp && node.Scheme != Uri.UriSchemeHttps) || string.IsNullOrEmpty(node.Host))
                throw new ArgumentException($"Nodes: '{Safe(node)}' is not an absolute http or https URI such as http://localhost:9200.", nameof(ElasticsearchSinkOptions.Nodes));
            if (node.UserInfo.Length > 0)
                userInfo ??= Uri.UnescapeDataString(node.UserInfo);
            var builder = new UriBuilder(node) { UserName = "", Password = "", Query = "", Fragment = "" };
            if (!builder.Path.EndsWith('/'))
                builder.Path += "/";
            nodes.Add(new ElasticsearchNode(builder.Uri));
        }

        var dataStream = DataStreamName.Parse(options.DataStream, nameof(ElasticsearchSinkOptions.DataStream));
        Positive(options.BatchSize, nameof(ElasticsearchSinkOptions.BatchSize));
        Positive(options.MaxConcurrentRequests, nameof(ElasticsearchSinkOptions.MaxConcurrentRequests));
        Positive(options.BatchBytes.Bytes, nameof(ElasticsearchSinkOptions.BatchBytes));
        Positive(options.MaxBufferSize.Bytes, nameof(ElasticsearchSinkOptions.MaxBufferSize));
        if (options.MaxBufferSize.Bytes < options.BatchBytes.Bytes)
            throw new ArgumentException($"MaxBufferSize ({options.MaxBufferSize}) must be at least BatchBytes ({options.BatchBytes}).", nameof(ElasticsearchSinkOptions.MaxBufferSize));
        PositiveTime(options.FlushInterval, nameof(ElasticsearchSinkOptions.FlushInterval));
        PositiveTime(options.RequestTimeout, nameof(ElasticsearchSinkOptions.RequestTimeout));
        if (options.ShutdownTimeout < TimeSpan.Zero)
            throw new ArgumentException($"ShutdownTimeout must not be negative (it was {options.ShutdownTimeout}).", nameof(ElasticsearchSinkOptions.ShutdownTimeout));

        return new ElasticsearchSettings
        {
            Nodes = nodes,
            DataStream = dataStream,
            Authorization = BuildAuthorization(options, userInfo),
            BatchSize = options.BatchSize,
            BatchBytes = options.BatchBytes.Bytes,
            FlushInterval = options.FlushInterval,
            MaxConcurrentRequests = options.MaxConcurrentRequests,
            RequestTimeout = options.RequestTimeout,
            BufferPath = BufferFolder(options, dataStream),
            MaxBufferSize = options.MaxBufferSize.Bytes,
            ShutdownTimeout = options.ShutdownTimeout,
            ServiceName = string.IsNullOrWhiteSpace(options.ServiceName) ? Assembly.GetEntryAssembly()?.GetName().Name ?? "unknown" : options.ServiceName,
            BootstrapTemplate = options.BootstrapTemplate,
            TimeProvider = options.TimeProvider ?? pipelineClock ?? TimeProvider.System,
            SinkName = options.Name ?? "elasticsearch:" + dataStream.Name,
        };
    }

    static string? BuildAuthorization(ElasticsearchSinkOptions options, string? userInfo)
    {
        var ways = (options.ApiKey is null ? 0 : 1) + (options.Username is null && options.Password is null ? 0 : 1) + (userInfo is null ? 0 : 1);
        if (ways > 1)
            throw new ArgumentException("Give one kind of credentials: ApiKey, or Username and Password, or user information in the node URI.", nameof(ElasticsearchSinkOptions.ApiKey));
        if (options.ApiKey is not null)
        {
            if (string.IsNullOrWhiteSpace(options.ApiKey))
                throw new ArgumentException("ApiKey is empty; leave it null for no API key.", nameof(ElasticsearchSinkOptions.ApiKey));
            return "ApiKey " + options.ApiKey;
        }
        if (options.Username is not null || options.Password is not null)
        {
            if (string.IsNullOrEmpty(options.Username))
                throw new ArgumentException("Username is required when Password is given.", nameof(ElasticsearchSinkOptions.Username));
            if (options.Password is null)
                throw new ArgumentException("Password is required when Username is given.", nameof(ElasticsearchSinkOptions.Password));
            return Basic(options.Username + ":" + options.Password);
        }
        return userInfo is null ? null : Basic(userInfo);
    }

    static string Basic(string userAndPassword) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(userAndPassword));

    static string BufferFolder(ElasticsearchSinkOptions options, DataStreamName dataStream)
    {
        var path = options.BufferPath;
        if (path is not null && string.IsNullOrWhiteSpace(path))
            throw new ArgumentException("BufferPath is empty; leave it null for the default folder.", nameof(ElasticsearchSinkOptions.BufferPath));
        path ??= Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "LogKit", "elasticsearch", dataStream.Name);
        try
        {
            path = Path.GetFullPath(path);
            Directory.CreateDirectory(path);
            var probe = Path.Combine(path, ".write-probe-" + Environment.ProcessId);
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new ArgumentException($"BufferPath '{path}' cannot be created or written: {e.Message}", nameof(ElasticsearchSinkOptions.BufferPath), e);
        }
        return path;
    }

    static void Positive(long value, string name)
    {
        if (value <= 0)
            throw new ArgumentException($"{name} must be positive (it was {value}).", name);
    }

    static void PositiveTime(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
            throw new ArgumentException($"{name} must be positive (it was {value}).", name);
    }

    // A URI that failed validation may still hold credentials: show only what is safe.
    static string Safe(Uri? uri)
    {
        if (uri is null)
            return "null";
        if (!uri.IsAbsoluteUri)
            return "(relative URI)";
        return uri.UserInfo.Length == 0 ? uri.GetLeftPart(UriPartial.Authority) : uri.Scheme + "://***@" + uri.Authority;
    }
}
