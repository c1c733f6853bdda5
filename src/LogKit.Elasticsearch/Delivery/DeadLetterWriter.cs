using LogKit.Elasticsearch.Diagnostics;
using LogKit.Elasticsearch.Documents;
using Serilog.Debugging;

namespace LogKit.Elasticsearch.Delivery;

/// <summary>
/// Appends events the cluster refused for good to a CLEF file beside the buffer (fsync per call), with
/// the reason, and counts them. If even that write fails, the events are counted as failed.
/// </summary>
internal sealed class DeadLetterWriter(string path, string sinkName, ElasticsearchMetrics metrics)
{
    readonly Lock _sync = new();
    int _reported;

    public string Path => path;

    public void Write(IReadOnlyList<(BulkItem Item, string Reason)> refused)
    {
        if (refused.Count == 0)
            return;
        try
        {
            lock (_sync)
            {
                using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
                foreach (var (item, reason) in refused)
                    ClefFromDocument.Write(stream, item, reason);
                stream.Flush(flushToDisk: true);
            }
            metrics.DocumentsDeadLettered(refused.Count);
            if (Interlocked.Exchange(ref _reported, 1) == 0)
                SelfLog.WriteLine("LogKit sink {0}: the cluster refused {1} event(s) for good ({2}); they are in " + path + " (further ones are only counted)", sinkName, refused.Count, refused[0].Reason);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            metrics.DocumentsFailed(refused.Count, "dead_letter_write");
            SelfLog.WriteLine("LogKit sink {0}: {1} refused event(s) could not be written to the dead-letter file: {2}", sinkName, refused.Count, e.Message);
        }
    }
}
