using LogKit.Elasticsearch.Configuration;
using LogKit.Elasticsearch.Delivery;

namespace LogKit;

/// <summary>
/// Adds the Elasticsearch sink to a <see cref="LogPipeline"/> or to the static <see cref="Log"/>.
/// </summary>
public static class ElasticsearchPipelineExtensions
{
    /// <summary>
    /// Ships events to Elasticsearch (or OpenSearch) as ECS documents in a data stream, with
    /// <c>_bulk</c> create requests, retries by failure kind, and a durable buffer for outages.
    /// </summary>
    /// <param name="pipeline">The pipeline to add the sink to.</param>
    /// <param name="uri">The node to send to, for example <c>http://localhost:9200</c>; more nodes go in <see cref="ElasticsearchSinkOptions.Nodes"/>.</param>
    /// <param name="configure">Sets the data stream, credentials, batching, buffer and level.</param>
    /// <returns>A handle; dispose it to remove the sink (it delivers for up to <see cref="ElasticsearchSinkOptions.ShutdownTimeout"/>, the rest stays buffered).</returns>
    /// <exception cref="ArgumentException">An option is invalid (the message names it), or another process uses the buffer folder.</exception>
    /// <example>
    /// <code>
    /// using var es = pipeline.AddElasticsearch(new Uri("http://localhost:9200"), o => o.DataStream = "logs-myapp-default");
    /// </code>
    /// </example>
    public static LogSinkHandle AddElasticsearch(this LogPipeline pipeline, Uri uri, Action<ElasticsearchSinkOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(uri);
        var options = new ElasticsearchSinkOptions();
        configure?.Invoke(options);
        var settings = ElasticsearchSettings.From(uri, options, pipeline.TimeProvider);
        var sink = new ElasticsearchSink(settings);
        try
        {
            return pipeline.AddBatchedSink(sink, o =>
            {
                o.Name = settings.SinkName;
                o.MinimumLevel = options.MinimumLevel;
                o.Filter = options.Filter;
                o.BatchSize = options.BatchSize;
                o.FlushInterval = options.FlushInterval;
                o.QueueCapacity = options.QueueCapacity;
                o.QueueCapacityBytes = options.QueueCapacityBytes;
                o.QueueFullMode = options.QueueFullMode;
            });
        }
        catch
        {
            sink.Dispose();
            throw;
        }
    }

    /// <summary>Extensions of the static <see cref="Log"/> facade.</summary>
    extension(Log)
    {
        /// <summary>
        /// Ships the default pipeline's events to Elasticsearch (or OpenSearch); see
        /// <see cref="AddElasticsearch(LogPipeline, Uri, Action{ElasticsearchSinkOptions}?)"/>.
        /// </summary>
        /// <param name="uri">The node to send to, for example <c>http://localhost:9200</c>.</param>
        /// <param name="configure">Sets the data stream, credentials, batching, buffer and level.</param>
        /// <returns>A handle; dispose it to remove the sink.</returns>
        public static LogSinkHandle AddElasticsearch(Uri uri, Action<ElasticsearchSinkOptions>? configure = null)
            => Log.Pipeline.AddElasticsearch(uri, configure);
    }
}
