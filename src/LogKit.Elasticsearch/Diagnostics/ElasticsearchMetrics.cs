using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace LogKit.Elasticsearch.Diagnostics;

/// <summary>
/// The sink's instruments on the <c>LogKit</c> meter (names <c>logkit.elasticsearch.*</c>, tag <c>sink</c>
/// = the sink's name, never a node address or credential), plus the same counts kept per sink for
/// its own reporting and for tests.
/// </summary>
internal sealed class ElasticsearchMetrics : IDisposable
{
    static readonly Meter Meter = new("LogKit", typeof(ElasticsearchMetrics).Assembly.GetName().Version?.ToString(3));
    static readonly ConcurrentDictionary<ElasticsearchMetrics, byte> Live = new();

    static readonly Counter<long> SentCounter = Meter.CreateCounter<long>("logkit.elasticsearch.documents.sent", "{document}", "Documents the cluster accepted (a 409 for an id already stored counts: it was delivered before).");
    static readonly Counter<long> RetriedCounter = Meter.CreateCounter<long>("logkit.elasticsearch.documents.retried", "{document}", "Documents sent again after a retryable failure.");
    static readonly Counter<long> FailedCounter = Meter.CreateCounter<long>("logkit.elasticsearch.documents.failed", "{document}", "Documents lost, by reason: buffer_full (oldest dropped), buffer_write, dead_letter_write.");
    static readonly Counter<long> DeadLetteredCounter = Meter.CreateCounter<long>("logkit.elasticsearch.documents.dead_lettered", "{document}", "Documents the cluster refused for good, written to the dead-letter CLEF file.");
    static readonly Counter<long> FailureStoredCounter = Meter.CreateCounter<long>("logkit.elasticsearch.documents.failure_stored", "{document}", "Documents accepted into the data stream's failure store (accepted but malformed).");
    static readonly Counter<long> BufferedCounter = Meter.CreateCounter<long>("logkit.elasticsearch.documents.buffered", "{document}", "Documents written to the durable buffer to be replayed.");
    static readonly Histogram<double> DurationHistogram = Meter.CreateHistogram<double>("logkit.elasticsearch.request.duration", "s", "Time of one request to the cluster.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });

    static ElasticsearchMetrics()
    {
        Meter.CreateObservableGauge("logkit.elasticsearch.buffer.bytes", () => Live.Keys.Select(m => new Measurement<long>(m._bufferBytes(), m._tag)), "By", "Bytes waiting in the durable buffer.");
        Meter.CreateObservableGauge("logkit.elasticsearch.delivery.lag", () => Live.Keys.Select(m => new Measurement<double>(m._lag().TotalSeconds, m._tag)), "s", "Now minus the time of the oldest event not yet delivered (0 when all are).");
    }

    readonly KeyValuePair<string, object?> _tag;
    Func<long> _bufferBytes = () => 0;
    Func<TimeSpan> _lag = () => TimeSpan.Zero;
    long _sent, _retried, _failed, _deadLettered, _failureStored, _buffered;

    public ElasticsearchMetrics(string sinkName)
    {
        _tag = new KeyValuePair<string, object?>("sink", sinkName);
    }

    public long Sent => Interlocked.Read(ref _sent);
    public long Retried => Interlocked.Read(ref _retried);
    public long Failed => Interlocked.Read(ref _failed);
    public long DeadLettered => Interlocked.Read(ref _deadLettered);
    public long FailureStored => Interlocked.Read(ref _failureStored);
    public long Buffered => Interlocked.Read(ref _buffered);

    /// <summary>Starts publishing the gauges of one sink.</summary>
    public void Observe(Func<long> bufferBytes, Func<TimeSpan> lag)
    {
        _bufferBytes = bufferBytes;
        _lag = lag;
        Live.TryAdd(this, 0);
    }

    public void DocumentsSent(long count) => Add(ref _sent, SentCounter, count);
    public void DocumentsRetried(long count) => Add(ref _retried, RetriedCounter, count);
    public void DocumentsDeadLettered(long count) => Add(ref _deadLettered, DeadLetteredCounter, count);
    public void DocumentsFailureStored(long count) => Add(ref _failureStored, FailureStoredCounter, count);
    public void DocumentsBuffered(long count) => Add(ref _buffered, BufferedCounter, count);

    public void DocumentsFailed(long count, string reason)
    {
        if (count == 0)
            return;
        Interlocked.Add(ref _failed, count);
        FailedCounter.Add(count, _tag, new KeyValuePair<string, object?>("reason", reason));
    }

    public void RequestDuration(TimeSpan elapsed, int status)
    {
        var outcome = status switch
        {
            0 => "unreachable",
            >= 200 and < 300 => "ok",
            429 => "429",
            413 => "413",
            401 or 403 => "unauthorized",
            >= 500 => "5xx",
            _ => "4xx",
        };
        DurationHistogram.Record(elapsed.TotalSeconds, _tag, new KeyValuePair<string, object?>("outcome", outcome));
    }

    void Add(ref long field, Counter<long> counter, long count)
    {
        if (count == 0)
            return;
        Interlocked.Add(ref field, count);
        counter.Add(count, _tag);
    }

    public void Dispose() => Live.TryRemove(this, out _);
}
