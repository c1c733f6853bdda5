using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using LogKit.Elasticsearch.Configuration;
using LogKit.Elasticsearch.Diagnostics;
using LogKit.Elasticsearch.Documents;

namespace LogKit.Elasticsearch.Transport;

/// <summary>
/// Sends <c>_bulk</c> requests over <see cref="HttpClient"/>: the items' lines, gzipped into a pooled
/// buffer, posted as <c>application/x-ndjson</c> to <c>/{data stream}/_bulk</c>. No product check, so
/// OpenSearch answers as well as Elasticsearch. Never throws for a failed request: a refused
/// connection, a reset or a timeout comes back as <see cref="BulkResponse.Unreachable"/>; only the
/// caller's own cancellation (shutdown) throws.
/// </summary>
internal sealed class BulkClient : IDisposable
{
    static readonly MediaTypeHeaderValue NdJson = new("application/x-ndjson");

    readonly HttpClient _http;
    readonly ElasticsearchSettings _settings;
    readonly ElasticsearchMetrics _metrics;
    readonly string _bulkPath;

    public BulkClient(ElasticsearchSettings settings, ElasticsearchMetrics metrics)
    {
        _settings = settings;
        _metrics = metrics;
        _bulkPath = settings.DataStream.Name + "/_bulk";
        _http = new HttpClient(new SocketsHttpHandler
        {
            // Re-resolve DNS now and then, so a node replaced behind the same name is found.
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectTimeout = settings.RequestTimeout,
            AutomaticDecompression = DecompressionMethods.All,
            MaxConnectionsPerServer = settings.MaxConcurrentRequests + 1,
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public async Task<BulkResponse> SendAsync(ElasticsearchNode node, IReadOnlyList<BulkItem> items, CancellationToken cancellationToken)
    {
        using var body = new PooledBufferWriter(64 * 1024);
        using (var gzip = new GZipStream(new BufferWriterStream(body), CompressionLevel.Fastest, leaveOpen: false))
        {
            foreach (var item in items)
                gzip.Write(item.Lines.Span);
        }
        using var content = new ReadOnlyMemoryContent(body.WrittenMemory);
        content.Headers.ContentType = NdJson;
        content.Headers.ContentEncoding.Add("gzip");
        var response = await SendAsync(node, HttpMethod.Post, _bulkPath, content, items.Count, cancellationToken).ConfigureAwait(false);
        return response;
    }

    /// <summary>Any request (the bulk one, or the template bootstrap): the status and body, or unreachable.</summary>
    public async Task<BulkResponse> SendAsync(ElasticsearchNode node, HttpMethod method, string path, HttpContent? content, int expectedItems, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var timeout = new CancellationTokenSource(_settings.RequestTimeout, _settings.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var request = new HttpRequestMessage(method, new Uri(node.BaseUri, path)) { Content = content };
        request.Headers.Accept.ParseAdd("application/json");
        if (_settings.Authorization is { } authorization)
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        BulkResponse result;
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token).ConfigureAwait(false);
            var bytes = await response.Content.ReadAsByteArrayAsync(linked.Token).ConfigureAwait(false);
            result = method == HttpMethod.Post
                ? BulkResponse.Parse((int)response.StatusCode, bytes, expectedItems)
                : new BulkResponse { Status = (int)response.StatusCode };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            result = BulkResponse.Unreachable($"no response from {node} within {_settings.RequestTimeout.TotalSeconds:0.###} s");
        }
        catch (Exception e) when (e is HttpRequestException or IOException or System.Text.Json.JsonException)
        {
            // The messages name the endpoint by host and port only; the request URI never holds credentials.
            result = BulkResponse.Unreachable($"{node}: {e.GetBaseException().Message}");
        }
        _metrics.RequestDuration(Stopwatch.GetElapsedTime(started), result.Status);
        return result;
    }

    public void Dispose() => _http.Dispose();
}
