using LogKit.Prometheus.Tests.Support;

namespace LogKit.Prometheus.Tests.Diagnostics;

/// <summary>logkit.sink.events, logkit.sink.drops, logkit.queue.length and logkit.queue.capacity.</summary>
public class SinkMetricsTests
{
    [Fact]
    public async Task CountsWrittenAndFailedEventsPerSinkUnderItsName()
    {
        using var meter = new LogKitMeter();
        var good = Some.SinkName("good");
        var bad = Some.SinkName("bad");
        await using var pipeline = Some.Pipeline();
        pipeline.AddSink(new CollectingSink(), o => o.Name = good);
        pipeline.AddSink(new ThrowingSink(), o => o.Name = bad);

        for (var i = 0; i < 5; i++)
            pipeline.Logger.Information("Event {Number}", i);
        await pipeline.FlushAsync();

        meter.Latest("logkit.sink.events", ("sink", good), ("outcome", "written")).Should().Be(5);
        meter.Latest("logkit.sink.events", ("sink", good), ("outcome", "failed")).Should().Be(0);
        meter.Latest("logkit.sink.events", ("sink", bad), ("outcome", "failed")).Should().Be(5);
        meter.Latest("logkit.sink.events", ("sink", bad), ("outcome", "written")).Should().Be(0);
    }

    [Fact]
    public async Task CountsQueueFullDropsAndShowsTheQueueFilling()
    {
        using var meter = new LogKitMeter();
        var name = Some.SinkName("console");
        await using var pipeline = Some.Pipeline();
        using var console = new BlockingConsole();
        pipeline.AddConsole(o =>
        {
            o.Name = name;
            o.QueueCapacity = 1;
            o.QueueFullMode = QueueFullMode.Drop;
        });

        pipeline.Logger.Information("First, held in the write");
        console.WaitUntilBlocked();
        for (var i = 0; i < 3; i++)
            pipeline.Logger.Information("Dropped {Number}", i);

        meter.Latest("logkit.queue.capacity", ("sink", name)).Should().Be(1);
        meter.Latest("logkit.queue.length", ("sink", name)).Should().Be(1, "the first event is still being written");
        meter.Latest("logkit.sink.drops", ("sink", name), ("reason", "queue_full")).Should().Be(3);
        meter.Latest("logkit.sink.events", ("sink", name), ("outcome", "dropped")).Should().Be(3);

        console.Release();
        await pipeline.FlushAsync();
        meter.Latest("logkit.queue.length", ("sink", name)).Should().Be(0);
        meter.Latest("logkit.sink.events", ("sink", name), ("outcome", "written")).Should().Be(1);
        meter.Latest("logkit.sink.drops", ("sink", name), ("reason", "closed")).Should().Be(0);
        meter.Recorded("logkit.sink.write.duration", ("sink", name)).Should().ContainSingle()
            .Which.Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task StopsReportingASinkOnceItIsRemoved()
    {
        using var meter = new LogKitMeter();
        var name = Some.SinkName();
        await using var pipeline = Some.Pipeline();
        var handle = pipeline.AddSink(new CollectingSink(), o => o.Name = name);
        pipeline.Logger.Information("One");

        var collector = meter.Collector<long>("logkit.sink.events");
        collector.RecordObservableInstruments();
        collector.GetMeasurementSnapshot().Should().Contain(m => Equals(m.Tags["sink"], name));

        await handle.DisposeAsync();
        collector.Clear();
        collector.RecordObservableInstruments();
        collector.GetMeasurementSnapshot().Should().NotContain(m => Equals(m.Tags["sink"], name));
    }

    [Fact]
    public async Task TagsASecondSinkOfTheSameNameWithItsUniqueName()
    {
        using var meter = new LogKitMeter();
        var name = Some.SinkName();
        await using var pipeline = Some.Pipeline();
        pipeline.AddSink(new CollectingSink(), o => o.Name = name);
        var second = pipeline.AddSink(new ThrowingSink(), o => o.Name = name);
        pipeline.Logger.Information("One");

        second.Name.Should().Be(name + "#2");
        meter.Latest("logkit.sink.events", ("sink", name), ("outcome", "written")).Should().Be(1);
        meter.Latest("logkit.sink.events", ("sink", name + "#2"), ("outcome", "failed")).Should().Be(1);
    }
}
