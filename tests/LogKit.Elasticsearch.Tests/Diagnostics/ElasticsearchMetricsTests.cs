using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using LogKit.Elasticsearch.Tests.Support;
using LogKit.Elasticsearch.Tests.Support.Fake;
using Microsoft.Extensions.Time.Testing;

namespace LogKit.Elasticsearch.Tests.Diagnostics;

[Collection(SerialCollection.Name)]
public class ElasticsearchMetricsTests
{
    sealed class Recorder : IDisposable
    {
        readonly MeterListener _listener = new();
        public ConcurrentDictionary<string, double> Totals { get; } = new();
        public ConcurrentDictionary<string, double> Last { get; } = new();
        public ConcurrentBag<string> Tags { get; } = [];

        public Recorder(string sink)
        {
            _listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "LogKit" && instrument.Name.StartsWith("logkit.elasticsearch.", StringComparison.Ordinal))
                    l.EnableMeasurementEvents(instrument);
            };
            void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
            {
                var mine = false;
                foreach (var tag in tags)
                {
                    Tags.Add(tag.Key + "=" + tag.Value);
                    mine |= tag.Key == "sink" && (string?)tag.Value == sink;
                }
                if (!mine)
                    return;
                Totals.AddOrUpdate(instrument.Name, value, (_, v) => v + value);
                Last[instrument.Name] = value;
            }
            _listener.SetMeasurementEventCallback<long>((i, v, t, _) => Record(i, v, t));
            _listener.SetMeasurementEventCallback<double>((i, v, t, _) => Record(i, v, t));
            _listener.Start();
        }

        public void Observe() => _listener.RecordObservableInstruments();
        public void Dispose() => _listener.Dispose();
    }

    [Fact]
    public async Task CountsSentRetriedBufferedAndReportsBufferBytesAndDeliveryLag()
    {
        using var folder = TempFolder.ForCaller();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var cluster = await FakeCluster.StartAsync();
        using var recorder = new Recorder("metrics-test");
        var dead = FakeCluster.DeadNodeUri();

        var down = TestSinks.Create(dead, folder.File("down"), clock, o => o.Name = "metrics-test");
        {
            var events = Some.Events(0, 100).Select(e => new Serilog.Events.LogEvent(clock.GetUtcNow(), e.Level, null, e.MessageTemplate, e.Properties.Select(p => new Serilog.Events.LogEventProperty(p.Key, p.Value)))).ToList();
            await down.EmitBatchAsync(events);
            clock.Advance(TimeSpan.FromSeconds(42));
            recorder.Observe();

            recorder.Totals["logkit.elasticsearch.documents.buffered"].Should().Be(100);
            recorder.Totals["logkit.elasticsearch.documents.retried"].Should().BeGreaterThanOrEqualTo(100, "each failed attempt of each document counts");
            recorder.Last["logkit.elasticsearch.buffer.bytes"].Should().BeGreaterThan(100 * 200);
            recorder.Last["logkit.elasticsearch.delivery.lag"].Should().BeApproximately(42, 0.5);
            recorder.Totals["logkit.elasticsearch.request.duration"].Should().BeGreaterThan(0);

            // Closing waits ShutdownTimeout on the sink's clock (the cluster stays down), then leaves the rest buffered.
            var closing = down.DisposeAsync();
            clock.Advance(TimeSpan.FromHours(2));
            await closing;
        }

        await using (var up = TestSinks.Create(cluster.Uri, folder.File("up"), configure: o => o.Name = "metrics-test"))
        {
            await up.EmitBatchAsync(Some.Events(0, 50));
            recorder.Observe();
            recorder.Totals["logkit.elasticsearch.documents.sent"].Should().Be(50);
            recorder.Last["logkit.elasticsearch.delivery.lag"].Should().Be(0);
        }

        recorder.Tags.Should().Contain("outcome=unreachable").And.Contain("outcome=ok");
        recorder.Tags.Should().OnlyContain(t => !t.Contains("127.0.0.1"), "tags never carry node addresses");
    }
}
