using System.Diagnostics.Metrics;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace LogKit.Prometheus.Tests.Support;

/// <summary>
/// Reads the LogKit meter's instruments through <see cref="MetricCollector{T}"/>: observable counters
/// report running totals, so a test reads the latest value for its tags (and compares before and after).
/// </summary>
public sealed class LogKitMeter : IDisposable
{
    readonly Dictionary<string, object> _collectors = [];

    /// <summary>Starts listening now: push instruments (the histograms) report only what is recorded after this.</summary>
    public LogKitMeter()
    {
        Collector<double>("logkit.sink.write.duration");
        Collector<double>("logkit.operation.duration");
    }

    public MetricCollector<T> Collector<T>(string instrument)
        where T : struct
    {
        if (!_collectors.TryGetValue(instrument, out var collector))
            _collectors[instrument] = collector = new MetricCollector<T>(null, LogKitMetrics.MeterName, instrument);
        return (MetricCollector<T>)collector;
    }

    /// <summary>The latest observed value of an observable instrument for the given tags (0 when none).</summary>
    public long Latest(string instrument, params (string Key, object? Value)[] tags)
    {
        var collector = Collector<long>(instrument);
        collector.RecordObservableInstruments();
        var match = collector.GetMeasurementSnapshot().LastOrDefault(m => Matches(m.Tags, tags));
        return match?.Value ?? 0;
    }

    /// <summary>Every recorded value of a histogram with the given tags.</summary>
    public IReadOnlyList<double> Recorded(string instrument, params (string Key, object? Value)[] tags)
        => Collector<double>(instrument).GetMeasurementSnapshot().Where(m => Matches(m.Tags, tags)).Select(m => m.Value).ToArray();

    static bool Matches(IReadOnlyDictionary<string, object?> actual, (string Key, object? Value)[] wanted)
        => wanted.All(t => actual.TryGetValue(t.Key, out var value) && Equals(value, t.Value));

    public void Dispose()
    {
        foreach (var collector in _collectors.Values)
            ((IDisposable)collector).Dispose();
    }
}
