using LogKit.Pipeline;
using LogKit.Tests.Support;
using Serilog.Core;
using Serilog.Events;

namespace LogKit.Tests.Pipeline;

public class QueuedEventSinkTests
{
    static LogSinkHandle AddBackground(LogPipeline pipeline, ILogEventSink sink, int capacity, QueueFullMode mode)
    {
        var options = new QueuedSinkOptions { QueueCapacity = capacity, QueueFullMode = mode };
        return pipeline.Attach(new QueuedEventSink(sink, "test", options, new EventQueue("test")), options, "test");
    }

    [Fact]
    public void WritesOffTheLoggingThread()
    {
        var threads = new System.Collections.Concurrent.ConcurrentBag<int>();
        using (var pipeline = TestPipeline.Create())
        {
            AddBackground(pipeline, new DelegatingSink(_ => threads.Add(Environment.CurrentManagedThreadId)), 100, QueueFullMode.Block);
            pipeline.Logger.Information("x");
        }

        threads.Should().ContainSingle().Which.Should().NotBe(Environment.CurrentManagedThreadId);
    }

    [Fact]
    public async Task BlockModeMakesTheCallerWaitAndLosesNothing()
    {
        using var gate = new ManualResetEventSlim(false);
        var sink = new CollectingSink();
        using var pipeline = TestPipeline.Create();
        var handle = AddBackground(pipeline, new DelegatingSink(e => { gate.Wait(); sink.Emit(e); }), capacity: 4, QueueFullMode.Block);

        var logging = Task.Run(() =>
        {
            for (var i = 0; i < 100; i++)
                pipeline.Logger.Information("{I}", i);
        });

        // With the sink stuck, at most one event in hand plus four queued fit: the caller must be waiting.
        (await Task.WhenAny(logging, Task.Delay(300))).Should().NotBe(logging);
        gate.Set();
        await logging;
        await pipeline.FlushAsync();

        sink.Events.Select(e => (int)((ScalarValue)e.Properties["I"]).Value!).Should().Equal(Enumerable.Range(0, 100));
        handle.Counters.Should().Be(new LogCounters(100, 100, 0, 0));
    }

    [Fact]
    public async Task DropModeNeverWaitsAndCountsEveryDroppedEvent()
    {
        using var gate = new ManualResetEventSlim(false);
        using var pipeline = TestPipeline.Create();
        var handle = AddBackground(pipeline, new DelegatingSink(_ => gate.Wait()), capacity: 4, QueueFullMode.Drop);

        for (var i = 0; i < 100; i++)
            pipeline.Logger.Information("{I}", i);
        gate.Set();
        await pipeline.FlushAsync();

        var counts = handle.Counters;
        counts.Accepted.Should().Be(100);
        counts.Dropped.Should().BeGreaterThanOrEqualTo(95);
        (counts.Written + counts.Dropped).Should().Be(100);
        counts.Pending.Should().Be(0);
    }

    [Fact]
    public async Task FlushWaitsForEverythingAlreadyQueued()
    {
        var written = 0;
        using var pipeline = TestPipeline.Create();
        AddBackground(pipeline, new DelegatingSink(_ => { Thread.Sleep(1); Interlocked.Increment(ref written); }), 1000, QueueFullMode.Block);

        for (var i = 0; i < 50; i++)
            pipeline.Logger.Information("{I}", i);
        await pipeline.FlushAsync();

        written.Should().Be(50);
    }

    [Fact]
    public void RemovingTheSinkWritesEverythingQueuedFirst()
    {
        var sink = new CollectingSink();
        using var pipeline = TestPipeline.Create();
        var handle = AddBackground(pipeline, new DelegatingSink(e => { Thread.Sleep(1); sink.Emit(e); }), 1000, QueueFullMode.Block);

        for (var i = 0; i < 50; i++)
            pipeline.Logger.Information("{I}", i);
        handle.Dispose();

        sink.Events.Should().HaveCount(50);
    }

    [Fact]
    public void EventsArrivingAfterCloseAreCountedAsDropped()
    {
        using var pipeline = TestPipeline.Create();
        var options = new QueuedSinkOptions();
        var background = new QueuedEventSink(new CollectingSink(), "late", options, new EventQueue("test"));
        background.Close();

        // A logging call that read the sink list just before the sink was removed.
        var entry = LogKit.Tests.Support.Entries.Information("late");
        background.Emit(ref entry);

        background.Counters.Snapshot().Dropped.Should().Be(1);
    }

    [Fact]
    public async Task SinksSharingAWorkerWriteInTheOrderEventsWereLogged()
    {
        var order = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var worker = new EventQueue("shared");
        using var pipeline = TestPipeline.Create();
        var options = new QueuedSinkOptions();
        // The first sink is slow: with a worker each, the second would overtake it.
        pipeline.Attach(new QueuedEventSink(new DelegatingSink(e => { Thread.Sleep(2); order.Enqueue("slow " + e.MessageTemplate.Text); }), "slow", options, worker), options, "slow");
        pipeline.Attach(new QueuedEventSink(new DelegatingSink(e => order.Enqueue("fast " + e.MessageTemplate.Text)), "fast", options, worker), options, "fast");

        for (var i = 0; i < 5; i++)
            pipeline.Logger.Information(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await pipeline.FlushAsync();

        order.Should().Equal(Enumerable.Range(0, 5).SelectMany(i => new[] { "slow " + i, "fast " + i }));
    }

    [Fact]
    public async Task AThrowingSinkCountsFailuresAndKeepsWriting()
    {
        var sink = new CollectingSink();
        using var pipeline = TestPipeline.Create();
        var handle = AddBackground(pipeline, new DelegatingSink(e =>
        {
            if (e.Properties["I"].ToString() == "3")
                throw new InvalidOperationException("bad event");
            sink.Emit(e);
        }), 100, QueueFullMode.Block);

        for (var i = 0; i < 10; i++)
            pipeline.Logger.Information("{I}", i);
        await pipeline.FlushAsync();

        sink.Events.Should().HaveCount(9);
        handle.Counters.Should().Be(new LogCounters(10, 9, 0, 1));
    }
}
