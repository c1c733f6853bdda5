using LogKit.Prometheus.Tests.Support;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace LogKit.Prometheus.Tests.Prometheus;

/// <summary>The other way in: an application's own OpenTelemetry MeterProvider adds the LogKit meter.</summary>
public class MeterProviderTests
{
    [Fact]
    public async Task AnExistingMeterProviderExportsLogKitMetricsWithAddMeter()
    {
        var exported = new List<Metric>();
        using var provider = Sdk.CreateMeterProviderBuilder()
            .AddMeter(LogKitMetrics.MeterName)
            .AddInMemoryExporter(exported)
            .Build();
        var sink = Some.SinkName();
        await using var pipeline = Some.Pipeline();
        pipeline.AddSink(new ThrowingSink(), o => o.Name = sink);

        pipeline.Logger.Warning("One");
        pipeline.Logger.Warning("Two");
        using (var op = pipeline.BeginOperation("Provider operation"))
            op.Complete();
        provider.ForceFlush();

        exported.Select(m => m.Name).Should().Contain(["logkit.events", "logkit.sink.events", "logkit.sink.drops", "logkit.operation.duration"]);
        Sum(exported, "logkit.sink.events", ("sink", sink), ("outcome", "failed")).Should().Be(3, "two warnings and the operation's event");
        Sum(exported, "logkit.events", ("level", "Warning")).Should().BeGreaterThanOrEqualTo(2);
    }

    static long Sum(List<Metric> metrics, string name, params (string Key, string Value)[] tags)
    {
        long total = 0;
        foreach (var metric in metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                var pointTags = new Dictionary<string, object?>();
                foreach (var tag in point.Tags)
                    pointTags[tag.Key] = tag.Value;
                if (tags.All(t => pointTags.TryGetValue(t.Key, out var v) && Equals(v, t.Value)))
                    total = Math.Max(total, point.GetSumLong());
            }
        }
        return total;
    }
}
