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
        // The duration is recorded just after the write reports its events, so a flush may return first.
        (await Poll.UntilAsync(() => meter.Recorded("logkit.sink.write.duration", ("sink", name)).Count == 1)).Should().BeTrue();
        meter.Recorded("logkit.sink.write.duration", ("sink", name)).Single().Should().BeGreaterThan(0);
    }

    [Fact]
    public async Task CountsABatchedSinksDropsAndTimesEachBatch()
    {
        using var meter = new LogKitMeter();
        var name = Some.SinkName("batched");
        await using var pipeline = Some.Pipeline();
        var sink = new GatedBatchedSink();
        pipeline.AddBatchedSink(sink, o =>
        {
            o.Name = name;
            o.QueueCapacity = 2;
            o.QueueFullMode = QueueFullMode.Drop;
            o.BatchSize = 1;
        });

        pipeline.Logger.Information("First, held in the batch write");
        sink.Entered.Wait(TimeSpan.FromSeconds(10)).Should().BeTrue();
        pipeline.Logger.Information("Second, queued");
        for (var i = 0; i < 4; i++)
            pipeline.Logger.Information("Dropped {Number}", i);

        meter.Latest("logkit.queue.length", ("sink", name)).Should().Be(2);
        meter.Latest("logkit.queue.capacity", ("sink", name)).Should().Be(2);
        meter.Latest("logkit.sink.drops", ("sink", name), ("reason", "queue_full")).Should().Be(4);

        sink.Released.Set();
        await pipeline.FlushAsync();
        sink.Written.Should().Be(2);
        meter.Latest("logkit.sink.events", ("sink", name), ("outcome", "written")).Should().Be(2);
        (await Poll.UntilAsync(() => meter.Recorded("logkit.sink.write.duration", ("sink", name)).Count == 2)).Should().BeTrue("one batch of one event each");
    }

    [Fact]
    public async Task KeepsARemovedSinksCountsUnderItsNameButNotItsQueue()
    {
        using var meter = new LogKitMeter();
        var name = Some.SinkName("console");
        await using var pipeline = Some.Pipeline();
        using var console = new BlockingConsole();
        console.Release();
        var handle = pipeline.AddConsole(o => o.Name = name);
        pipeline.Logger.Information("One");
        await handle.DisposeAsync();

        meter.Latest("logkit.sink.events", ("sink", name), ("outcome", "written")).Should().Be(1, "a counter never goes backwards");
        var queue = meter.Collector<long>("logkit.queue.length");
        queue.RecordObservableInstruments();
        queue.GetMeasurementSnapshot().Should().NotContain(m => Equals(m.Tags["sink"], name));

        // A sink of the same name added later (a configuration reload) continues the count.
        pipeline.AddConsole(o => o.Name = name);
        pipeline.Logger.Information("Two");
        await pipeline.FlushAsync();
        meter.Latest("logkit.sink.events", ("sink", name), ("outcome", "written")).Should().Be(2);
    }

    [Fact]
    public async Task CountsAnEventThatReachesASinkAfterItClosedAsDroppedForClosed()
    {
        using var meter = new LogKitMeter();
        var name = Some.SinkName();
        await using var pipeline = Some.Pipeline();
        using var inFilter = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var handle = pipeline.AddSink(new CollectingSink(), o =>
        {
            o.Name = name;
            o.Filter = _ =>
            {
                inFilter.Set();
                release.Wait();
                return true;
            };
        });

        var logging = Task.Run(() => pipeline.Logger.Information("On its way while the sink is removed"));
        inFilter.Wait(TimeSpan.FromSeconds(10)).Should().BeTrue();
        handle.Dispose();
        release.Set();
        await logging;

        meter.Latest("logkit.sink.drops", ("sink", name), ("reason", "closed")).Should().Be(1);
        meter.Latest("logkit.sink.events", ("sink", name), ("outcome", "dropped")).Should().Be(1);
        handle.Counters.Dropped.Should().Be(1);
    }

    [Fact]
    public async Task AddsUpSinksOfTheSameNameInDifferentPipelines()
    {
        using var meter = new LogKitMeter();
        var name = Some.SinkName();
        await using var first = Some.Pipeline();
        await using var second = Some.Pipeline();
        first.AddSink(new CollectingSink(), o => o.Name = name);
        second.AddSink(new CollectingSink(), o => o.Name = name);

        first.Logger.Information("One");
        second.Logger.Information("Two");
        second.Logger.Information("Three");

        meter.Latest("logkit.sink.events", ("sink", name), ("outcome", "written")).Should().Be(3);
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
