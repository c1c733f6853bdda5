using LogKit.Pipeline;
using LogKit.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace LogKit.Tests.Pipeline;

public class BatchedEventSinkTests
{
    static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task EmitsEventsInOrderInBatchesOfAtMostBatchSize()
    {
        var sink = new CollectingBatchedSink();
        await using var pipeline = TestPipeline.Create(clock: new FakeTimeProvider());
        var handle = pipeline.AddBatchedSink(sink, o => o.BatchSize = 10);

        for (var i = 0; i < 35; i++)
            pipeline.Logger.Information("Event {N}", i);
        await pipeline.FlushAsync();

        sink.Batches.Select(b => b.Count).Should().Equal(10, 10, 10, 5);
        sink.Numbers.Should().Equal(Enumerable.Range(0, 35));
        handle.Counters.Should().Be(new LogCounters(35, 35, 0, 0));
    }

    [Fact]
    public async Task EmitsAPartialBatchWhenTheFlushIntervalPasses()
    {
        var clock = new FakeTimeProvider();
        var sink = new CollectingBatchedSink();
        await using var pipeline = TestPipeline.Create(clock: clock);
        var handle = pipeline.AddBatchedSink(sink, o => { o.BatchSize = 100; o.FlushInterval = Interval; });

        for (var i = 0; i < 3; i++)
            pipeline.Logger.Information("Event {N}", i);
        clock.Advance(Interval - TimeSpan.FromMilliseconds(1));
        await Task.Delay(50);
        sink.Calls.Should().BeEmpty("three events do not fill a batch and the interval has not passed");

        clock.Advance(TimeSpan.FromMilliseconds(1));
        await sink.WaitForCalls();
        // The sink is called before its events count as written (when EmitBatchAsync returns): flushing waits
        // for that, and has nothing left to emit.
        await pipeline.FlushAsync();

        sink.Calls.Should().Equal("emit 3");
        sink.Numbers.Should().Equal(0, 1, 2);
        handle.Counters.Should().Be(new LogCounters(3, 3, 0, 0));
    }

    [Fact]
    public async Task CallsOnEmptyBatchWhenTheIntervalPassesWithNothingQueued()
    {
        var clock = new FakeTimeProvider();
        var sink = new CollectingBatchedSink();
        await using var pipeline = TestPipeline.Create(clock: clock);
        pipeline.AddBatchedSink(sink, o => o.FlushInterval = Interval);

        clock.Advance(Interval);
        await sink.WaitForCalls();

        sink.Calls.Should().Equal("empty");
    }

    [Fact]
    public async Task AFlushSendsAPartialBatchWithoutWaitingForTheInterval()
    {
        var sink = new CollectingBatchedSink();
        await using var pipeline = TestPipeline.Create(clock: new FakeTimeProvider());
        pipeline.AddBatchedSink(sink, o => o.FlushInterval = TimeSpan.FromHours(1));

        pipeline.Logger.Information("Event {N}", 1);
        await pipeline.FlushAsync().WaitAsync(TimeSpan.FromSeconds(10));

        sink.Numbers.Should().Equal(1);
    }

    [Fact]
    public async Task ABatchThatThrowsCountsItsEventsAsFailedAndLaterBatchesAreStillWritten()
    {
        var sink = new CollectingBatchedSink
        {
            OnBatch = batch =>
            {
                if (batch.Any(e => e.Properties["N"].ToString() == "3"))
                    throw new InvalidOperationException("the server said no");
            },
        };
        await using var pipeline = TestPipeline.Create(clock: new FakeTimeProvider());
        var handle = pipeline.AddBatchedSink(sink, o => o.BatchSize = 2);

        for (var i = 0; i < 6; i++)
            pipeline.Logger.Information("Event {N}", i);
        await pipeline.FlushAsync();

        sink.Numbers.Should().Equal(0, 1, 4, 5);
        handle.Counters.Should().Be(new LogCounters(6, 4, 0, 2));
    }

    [Fact]
    public async Task ClosingWritesEverythingQueuedThenDisposesTheSink()
    {
        var sink = new CollectingBatchedSink { OnBatch = _ => Thread.Sleep(5) };
        var pipeline = TestPipeline.Create(clock: new FakeTimeProvider());
        var handle = pipeline.AddBatchedSink(sink, o => { o.BatchSize = 7; o.FlushInterval = TimeSpan.FromHours(1); });

        for (var i = 0; i < 50; i++)
            pipeline.Logger.Information("Event {N}", i);
        await handle.DisposeAsync();

        sink.Numbers.Should().Equal(Enumerable.Range(0, 50));
        sink.Calls.Should().EndWith("dispose").And.ContainSingle(c => c == "dispose");
        handle.Counters.Should().Be(new LogCounters(50, 50, 0, 0));
        pipeline.Dispose();
    }

    [Fact]
    public void ASynchronousCloseAlsoDrainsThenDisposes()
    {
        var sink = new CollectingBatchedSink();
        var pipeline = TestPipeline.Create(clock: new FakeTimeProvider());
        var handle = pipeline.AddBatchedSink(sink, o => o.FlushInterval = TimeSpan.FromHours(1));

        for (var i = 0; i < 5; i++)
            pipeline.Logger.Information("Event {N}", i);
        pipeline.Dispose();

        sink.Calls.Should().Equal("emit 5", "dispose");
        handle.Counters.Should().Be(new LogCounters(5, 5, 0, 0));
    }

    [Fact]
    public async Task DropModeCountsEveryDropWithItsReason()
    {
        using var gate = new ManualResetEventSlim(false);
        var sink = new CollectingBatchedSink { OnBatch = _ => gate.Wait() };
        await using var pipeline = TestPipeline.Create(clock: new FakeTimeProvider());
        var handle = pipeline.AddBatchedSink(sink, o => { o.BatchSize = 1; o.QueueCapacity = 4; o.QueueFullMode = QueueFullMode.Drop; });
        var counters = handle.Sink.Counters;

        for (var i = 0; i < 100; i++)
            pipeline.Logger.Information("Event {N}", i);
        gate.Set();
        await pipeline.FlushAsync();

        handle.Counters.Accepted.Should().Be(100);
        handle.Counters.Dropped.Should().BeGreaterThanOrEqualTo(95);
        handle.Counters.Written.Should().Be(sink.Numbers.Count);
        (handle.Counters.Written + handle.Counters.Dropped).Should().Be(100);
        counters.Dropped(DropReason.QueueFull).Should().Be(handle.Counters.Dropped);
        counters.Dropped(DropReason.Closed).Should().Be(0);

        handle.Dispose();
        var late = Entries.Information("late");
        handle.Sink.Emit(ref late);   // a logging call that read the sink list just before the removal
        counters.Dropped(DropReason.Closed).Should().Be(1);
    }

    [Fact]
    public async Task BlockModeWaitsForRoomAndLosesNothing()
    {
        using var gate = new ManualResetEventSlim(false);
        var sink = new CollectingBatchedSink { OnBatch = _ => gate.Wait() };
        await using var pipeline = TestPipeline.Create(clock: new FakeTimeProvider());
        var handle = pipeline.AddBatchedSink(sink, o => { o.BatchSize = 2; o.QueueCapacity = 4; });

        var logging = Task.Run(() =>
        {
            for (var i = 0; i < 40; i++)
                pipeline.Logger.Information("Event {N}", i);
        });
        (await Task.WhenAny(logging, Task.Delay(300))).Should().NotBe(logging, "the caller waits while the sink is stuck");
        gate.Set();
        await logging;
        await pipeline.FlushAsync();

        sink.Numbers.Should().Equal(Enumerable.Range(0, 40));
        handle.Counters.Should().Be(new LogCounters(40, 40, 0, 0));
    }

    [Theory]
    [InlineData("BatchSize")]
    [InlineData("FlushInterval")]
    [InlineData("QueueCapacity")]
    [InlineData("QueueCapacityBytes")]
    public void AnOutOfRangeOptionIsRefusedByName(string option)
    {
        using var pipeline = TestPipeline.Create();
        Action<BatchedSinkOptions> configure = option switch
        {
            "BatchSize" => o => o.BatchSize = 0,
            "FlushInterval" => o => o.FlushInterval = TimeSpan.Zero,
            "QueueCapacity" => o => o.QueueCapacity = 0,
            _ => o => o.QueueCapacityBytes = 0,
        };

        FluentActions.Invoking(() => pipeline.AddBatchedSink(new CollectingBatchedSink(), configure))
            .Should().Throw<ArgumentException>().Where(e => e.ParamName == option && e.Message.StartsWith(option));
        pipeline.Sinks.Should().BeEmpty();
    }
}
