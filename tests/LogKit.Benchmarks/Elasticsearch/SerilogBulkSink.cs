using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace LogKit.Benchmarks.Elasticsearch;

/// <summary>
/// The peer: what a Serilog user writes today for the same <c>_bulk</c> work, since no Serilog HTTP or
/// Elasticsearch sink is served by the registry here. Serilog's own batching
/// (<c>WriteTo.Sink(IBatchedLogEventSink, BatchingOptions)</c>), <see cref="CompactJsonFormatter"/> documents,
/// a <c>create</c> action with a new GUID per event, gzip, one POST per batch; no retries or buffer.
/// </summary>
public sealed class SerilogBulkSink(Uri node, string dataStream) : IBatchedLogEventSink, IDisposable
{
    readonly HttpClient _http = new() { BaseAddress = node };
    readonly CompactJsonFormatter _formatter = new();

    public async Task EmitBatchAsync(IReadOnlyCollection<LogEvent> batch)
    {
        var body = new MemoryStream();
        using (var gzip = new GZipStream(body, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)))
        {
            foreach (var logEvent in batch)
            {
                writer.Write("{\"create\":{\"_id\":\"");
                writer.Write(Guid.NewGuid().ToString("N"));
                writer.Write("\"}}\n");
                _formatter.Format(logEvent, writer);   // ends with a newline
            }
        }
        using var content = new ByteArrayContent(body.GetBuffer(), 0, (int)body.Length);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        content.Headers.ContentEncoding.Add("gzip");
        using var response = await _http.PostAsync(dataStream + "/_bulk", content).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    public Task OnEmptyBatchAsync() => Task.CompletedTask;

    public void Dispose() => _http.Dispose();
}
