using LogKit.Pipeline;

namespace LogKit.Tests.Pipeline;

public class BackgroundQueueTests
{
    /// <summary>A consumer of records that are just sizes; each write waits for a permit when gated.</summary>
    sealed class SizeConsumer : IQueueConsumer
    {
        readonly Queue<long> _queued = new();
        readonly List<long> _batch = [];

        public SizeConsumer(BackgroundQueue queue, QueuedSinkOptions options)
        {
            Queue = queue;
            Lane = queue.OpenLane(new SinkCounters(), options);
            queue.Start(this);
        }

        public BackgroundQueue Queue { get; }

        public QueueLane Lane { get; }

        public SemaphoreSlim? Permits { get; init; }

        public Action? OnWrite { get; set; }

        public int Written;

        public int Idle;

        public bool Add(long bytes)
        {
            if (!Lane.TryAdmit(bytes))
                return false;
            _queued.Enqueue(bytes);
            Lane.Commit(bytes);
            return true;
        }

        public int Take()
        {
            while (_queued.TryDequeue(out var bytes))
                _batch.Add(bytes);
            return _batch.Count;
        }

        public void Write()
        {
            foreach (var bytes in _batch)
            {
                Permits?.Wait();
                OnWrite?.Invoke();
                Interlocked.Increment(ref Written);
                Lane.Written(1, bytes);
            }
            _batch.Clear();
        }

        public void OnIdle() => Interlocked.Increment(ref Idle);

        public void OnStopped()
        {
        }
    }

    static SizeConsumer Create(int capacity = 1000, long capacityBytes = 1 << 20, QueueFullMode mode = QueueFullMode.Block, SemaphoreSlim? permits = null)
        => new(new BackgroundQueue("test"), new QueuedSinkOptions { QueueCapacity = capacity, QueueCapacityBytes = capacityBytes, QueueFullMode = mode }) { Permits = permits };

    [Fact]
    public async Task AFlushCompletesWhenEverythingQueuedIsWritten()
    {
        var queue = Create();
        for (var i = 0; i < 100; i++)
            queue.Add(10).Should().BeTrue();

        await queue.Lane.WhenWritten().WaitAsync(TimeSpan.FromSeconds(10));

        queue.Written.Should().Be(100);
        queue.Lane.Counters.Snapshot().Written.Should().Be(100);
    }

    [Fact]
    public async Task DropModeDropsByBytesAsWellAsByCount()
    {
        using var permits = new SemaphoreSlim(0);
        var queue = Create(capacity: 100, capacityBytes: 1000, mode: QueueFullMode.Drop, permits: permits);

        var accepted = Enumerable.Range(0, 20).Count(_ => queue.Add(300));
        permits.Release(100);
        await queue.Lane.WhenWritten().WaitAsync(TimeSpan.FromSeconds(10));

        accepted.Should().Be(3, "three records of 300 bytes fit in 1,000 bytes and a fourth does not");
        queue.Lane.Counters.Dropped(DropReason.QueueFull).Should().Be(17);
        queue.Lane.Counters.Snapshot().Written.Should().Be(3);
    }

    [Fact]
    public async Task ARecordLargerThanTheByteBoundIsQueuedWhenNothingElseIs()
    {
        using var permits = new SemaphoreSlim(0);
        var queue = Create(capacityBytes: 1000, mode: QueueFullMode.Drop, permits: permits);

        queue.Add(5000).Should().BeTrue("alone, it could never be written otherwise");
        queue.Add(1).Should().BeFalse("the huge record still holds the queue's bytes");
        permits.Release(10);
        await queue.Lane.WhenWritten().WaitAsync(TimeSpan.FromSeconds(10));

        queue.Add(1).Should().BeTrue("its bytes came back when it was written");
    }

    [Fact]
    public async Task ABlockedCallerWaitsForOneWriteNotForTheWholeBatch()
    {
        using var permits = new SemaphoreSlim(0);
        var queue = Create(capacity: 3, permits: permits);
        for (var i = 0; i < 3; i++)
            queue.Add(1);

        // The writer holds all three in a batch and writes one per permit. A fourth must wait
        // for one of them, not for all three.
        var fourth = Task.Run(() => queue.Add(1));
        (await Task.WhenAny(fourth, Task.Delay(200))).Should().NotBe(fourth, "the queue is full");
        permits.Release(1);

        (await fourth.WaitAsync(TimeSpan.FromSeconds(10))).Should().BeTrue();
        queue.Written.Should().BeLessThan(3, "the rest of the batch is still waiting for permits");
        permits.Release(100);
        await queue.Lane.WhenWritten().WaitAsync(TimeSpan.FromSeconds(10));
        queue.Written.Should().Be(4);
    }

    [Fact]
    public async Task TheWriterThreadNeverWaitsOnItsOwnQueue()
    {
        var queue = Create(capacity: 1);
        var fromWriter = new List<bool>();
        queue.OnWrite = () =>
        {
            // A hook or self-log handler that logs from the writer thread into the full queue, then flushes.
            fromWriter.Add(queue.Add(1));
            fromWriter.Add(queue.Lane.WhenWritten().IsCompleted);
            queue.OnWrite = null;
        };

        queue.Add(1);
        await queue.Lane.WhenWritten().WaitAsync(TimeSpan.FromSeconds(10));

        fromWriter.Should().Equal([false, true], "the add drops instead of waiting, the flush returns at once");
        queue.Lane.Counters.Dropped(DropReason.QueueFull).Should().Be(1);
    }

    [Fact]
    public async Task ClosingDrainsTheLaneThenDropsLaterRecordsAsClosed()
    {
        using var permits = new SemaphoreSlim(0);
        var queue = Create(permits: permits);
        for (var i = 0; i < 5; i++)
            queue.Add(1);

        var closed = queue.Lane.Close();
        queue.Add(1).Should().BeFalse();
        closed.IsCompleted.Should().BeFalse("five records are still queued");
        permits.Release(5);
        await closed.WaitAsync(TimeSpan.FromSeconds(10));

        queue.Written.Should().Be(5);
        queue.Lane.Counters.Dropped(DropReason.Closed).Should().Be(1);
    }

    [Fact]
    public async Task ABlockedCallerGivesUpWhenTheLaneCloses()
    {
        using var permits = new SemaphoreSlim(0);
        var queue = Create(capacity: 1, permits: permits);
        queue.Add(1);
        var blocked = Task.Run(() => queue.Add(1));
        (await Task.WhenAny(blocked, Task.Delay(100))).Should().NotBe(blocked);

        var closed = queue.Lane.Close();

        (await blocked.WaitAsync(TimeSpan.FromSeconds(10))).Should().BeFalse();
        queue.Lane.Counters.Dropped(DropReason.Closed).Should().Be(1);
        permits.Release(1);
        await closed.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task StoppingEndsTheWriterAfterItDrains()
    {
        using var permits = new SemaphoreSlim(0);
        var queue = Create(permits: permits);
        for (var i = 0; i < 3; i++)
            queue.Add(1);

        _ = queue.Lane.Close();
        queue.Queue.Stop();
        queue.Queue.Stopped.IsCompleted.Should().BeFalse();
        permits.Release(3);
        await queue.Queue.Stopped.WaitAsync(TimeSpan.FromSeconds(10));

        queue.Written.Should().Be(3);
    }
}
