namespace LogKit.Pipeline;

/// <summary>
/// LogKit's one background writer: a bounded queue between logging threads and one writer thread.
/// It owns what every queued sink needs — waiting or dropping when a sink's share is full (by
/// events and by bytes), flushing, closing with a drain, the rule that the writer thread never
/// waits on its own queue, and the counts — so a sink adds only how records are stored and written
/// (<see cref="IQueueConsumer"/>).
/// </summary>
/// <remarks>
/// The critical section is a <see cref="Lock"/>, not a monitor: the profiler showed the monitor's
/// enter and exit as the largest single cost of a logging call. Waiting happens outside it, on
/// events that are signalled only when someone is actually waiting. Space is given back as each
/// record (or run of records) is written, not when a whole batch is done, so a blocked caller
/// waits for one write.
/// </remarks>
internal sealed partial class BackgroundQueue
{
    readonly Lock _sync = new();
    readonly ManualResetEventSlim _workAvailable = new(false);
    readonly ManualResetEventSlim _spaceAvailable = new(false);
    readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    readonly List<QueueLane> _lanes = [];
    readonly string _threadName;
    readonly int _batchThreshold;
    readonly TimeSpan? _interval;
    readonly TimeProvider _clock;
    IQueueConsumer? _consumer;
    Thread? _thread;
    ITimer? _timer;
    long _untaken;
    int _blockedProducers;
    bool _writerWaiting;
    bool _flushRequested;
    bool _tickDue;
    bool _stopping;

    /// <param name="threadName">The writer thread's name.</param>
    /// <param name="batchThreshold">How many queued records wake the writer; fewer wait for a flush, a close or the interval. 1: at once.</param>
    /// <param name="interval">How often the writer wakes on its own (partial batches, idle work); null: never.</param>
    /// <param name="clock">The clock of <paramref name="interval"/>.</param>
    public BackgroundQueue(string threadName, int batchThreshold = 1, TimeSpan? interval = null, TimeProvider? clock = null)
    {
        _threadName = threadName;
        _batchThreshold = Math.Max(1, batchThreshold);
        _interval = interval;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>True on this queue's writer thread.</summary>
    public bool IsWriterThread => Thread.CurrentThread == _thread;

    /// <summary>Completes when the writer thread has stopped after <see cref="Stop"/>.</summary>
    public Task Stopped => _stopped.Task;

    /// <summary>Adds a sink's share of the queue.</summary>
    public QueueLane OpenLane(SinkCounters counters, QueuedSinkOptions options)
    {
        var lane = new QueueLane(this, counters, options);
        lock (_sync)
            _lanes.Add(lane);
        return lane;
    }

    /// <summary>Starts the writer thread; the consumer must be ready to take records.</summary>
    public void Start(IQueueConsumer consumer)
    {
        _consumer = consumer;
        _thread = new Thread(Run)
        {
            // Not a foreground thread: the process-exit hook drains the queue instead.
            IsBackground = true,
            Name = _threadName,
        };
        _thread.Start();
        if (_interval is { } interval)
            _timer = _clock.CreateTimer(_ => Tick(), null, interval, interval);
    }

    internal bool TryAdmit(QueueLane lane, long bytes)
    {
        while (true)
        {
            _sync.Enter();
            if (lane.Closing)
            {
                _sync.Exit();
                lane.Counters.AddDropped(DropReason.Closed);
                return false;
            }
            if (lane.HasRoomFor(bytes))
                return true;   // the caller stores its record and calls Commit, which exits the lock

            // The writer thread logging into its own queue (a lifecycle hook, a self-log handler)
            // would wait for itself: it never waits, it drops.
            if (lane.FullMode == QueueFullMode.Drop || IsWriterThread)
            {
                _sync.Exit();
                lane.Counters.AddDropped(DropReason.QueueFull);
                return false;
            }
            _blockedProducers++;
            _spaceAvailable.Reset();
            _sync.Exit();

            // Full in Block mode: wait outside the lock for the writer to make room, then try again.
            _spaceAvailable.Wait();
            lock (_sync)
                _blockedProducers--;
        }
    }

    internal void Commit(QueueLane lane, long bytes)
    {
        lane.Enqueued++;
        lane.QueuedBytes += bytes;
        _untaken++;
        var wake = _writerWaiting && _untaken >= _batchThreshold;
        if (wake)
            _writerWaiting = false;
        _sync.Exit();
        if (wake)
            _workAvailable.Set();
    }

    internal void Release(QueueLane lane, long count, long bytes)
    {
        bool wakeProducers;
        lock (_sync)
        {
            lane.Completed += count;
            lane.QueuedBytes -= bytes;
            lane.Flushes.Release(lane.Completed);
            wakeProducers = _blockedProducers > 0;
        }
        if (wakeProducers)
            _spaceAvailable.Set();
    }

    internal Task WhenWritten(QueueLane lane)
    {
        // A flush from the writer thread (a hook, a sink calling Flush) would wait for itself.
        if (IsWriterThread)
            return Task.CompletedTask;
        Task done;
        lock (_sync)
        {
            done = lane.Flushes.WaitFor(lane.Enqueued, lane.Completed);
            if (!done.IsCompleted)
                _flushRequested = true;   // partial batches go out now, without waiting for the interval
        }
        if (!done.IsCompleted)
            _workAvailable.Set();
        return done;
    }

    internal Task Close(QueueLane lane)
    {
        Task drained;
        lock (_sync)
        {
            lane.Closing = true;
            _flushRequested = true;
            drained = lane.Flushes.WaitFor(lane.Enqueued, lane.Completed);
        }
        _workAvailable.Set();
        _spaceAvailable.Set();   // producers blocked on this lane give up (and count a drop)
        return drained;
    }

    /// <summary>Lets the writer thread end once everything queued is written (a queue with one sink, closed).</summary>
    public void Stop()
    {
        lock (_sync)
            _stopping = true;
        _timer?.Dispose();
        _workAvailable.Set();
        _spaceAvailable.Set();
        if (_thread is null)
            _stopped.TrySetResult();
    }

    void Tick()
    {
        lock (_sync)
            _tickDue = true;
        _workAvailable.Set();
    }
}
