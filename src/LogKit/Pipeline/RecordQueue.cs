namespace LogKit.Pipeline;

/// <summary>
/// A bounded queue of formatted records between logging threads and one writer thread. Callers
/// format on their own thread and copy the bytes into the current segment; the writer takes every
/// segment at once, so only bytes cross threads, nothing is allocated per event, and under load each
/// write call carries many events. Segments are pooled.
/// </summary>
/// <remarks>
/// The critical section is a <see cref="Lock"/>, not a monitor: the profiler showed the monitor's
/// enter and exit as the largest single cost of a logging call. Waiting happens outside it, on
/// events that are signalled only when someone is actually waiting.
/// </remarks>
internal sealed class RecordQueue
{
    public const int SegmentSize = 64 * 1024;
    const int MaxPooledSegments = 32;

    readonly Lock _sync = new();
    readonly ManualResetEventSlim _recordsAvailable = new(false);
    readonly ManualResetEventSlim _spaceAvailable = new(false);
    readonly int _capacity;
    readonly QueueFullMode _fullMode;
    readonly Stack<RecordSegment> _pool = new();
    readonly Queue<RecordSegment> _sealed = new();
    readonly FlushWaiters _flushes = new();
    RecordSegment _current = new(SegmentSize);
    Thread? _consumer;
    long _enqueued;
    long _completed;
    int _blockedProducers;
    bool _consumerWaiting;
    bool _closing;

    public RecordQueue(int capacity, QueueFullMode fullMode)
    {
        _capacity = capacity;
        _fullMode = fullMode;
    }

    /// <summary>Queues one record; waits or drops per the policy when full. False when dropped (full or closing).</summary>
    public bool TryAdd(ReadOnlySpan<byte> record, long utcTicks)
    {
        while (true)
        {
            var wakeWriter = false;
            var full = false;
            lock (_sync)
            {
                if (_closing)
                    return false;

                if (_enqueued - _completed >= _capacity)
                {
                    // The writer thread logging into its own queue (a lifecycle hook, a self-log
                    // handler) would wait for itself: it never waits, it drops.
                    if (_fullMode == QueueFullMode.Drop || Thread.CurrentThread == _consumer)
                        return false;
                    full = true;
                    _blockedProducers++;
                    _spaceAvailable.Reset();
                }
                else
                {
                    if (!_current.TryAdd(record, utcTicks))
                    {
                        if (_current.Count > 0)
                            _sealed.Enqueue(_current);
                        _current = Rent(record.Length);
                        _current.TryAdd(record, utcTicks);
                    }
                    _enqueued++;
                    wakeWriter = _consumerWaiting;
                    _consumerWaiting = false;
                }
            }

            if (!full)
            {
                if (wakeWriter)
                    _recordsAvailable.Set();
                return true;
            }

            // Full in Block mode: wait outside the lock for the writer to make room, then try again.
            _spaceAvailable.Wait();
            lock (_sync)
                _blockedProducers--;
        }
    }

    /// <summary>
    /// Moves every queued segment into <paramref name="batch"/>, waiting up to <paramref name="timeout"/>
    /// for one. Returns false once the queue is closed and empty: the writer should stop.
    /// </summary>
    public bool TakeAll(List<RecordSegment> batch, TimeSpan timeout)
    {
        _consumer ??= Thread.CurrentThread;
        for (var waited = false; ; waited = true)
        {
            lock (_sync)
            {
                while (_sealed.TryDequeue(out var segment))
                    batch.Add(segment);
                if (_current.Count > 0)
                {
                    batch.Add(_current);
                    _current = Rent(0);
                }

                if (batch.Count > 0 || _closing || waited)
                {
                    _consumerWaiting = false;
                    return batch.Count > 0 || !_closing;
                }

                _consumerWaiting = true;
                _recordsAvailable.Reset();
            }
            _recordsAvailable.Wait(timeout);
        }
    }

    /// <summary>Reports a batch as finished (written or failed) and recycles its segments.</summary>
    public void Complete(List<RecordSegment> batch)
    {
        bool wakeProducers;
        lock (_sync)
        {
            foreach (var segment in batch)
            {
                _completed += segment.Count;
                Return(segment);
            }
            _flushes.Release(_completed);
            wakeProducers = _blockedProducers > 0;
        }
        if (wakeProducers)
            _spaceAvailable.Set();
    }

    /// <summary>Completes when every record queued before the call is finished.</summary>
    public Task WhenCompleted()
    {
        lock (_sync)
            return _flushes.WaitFor(_enqueued, _completed);
    }

    /// <summary>Refuses new records and wakes the writer so it drains and stops.</summary>
    public void Close()
    {
        lock (_sync)
            _closing = true;
        _recordsAvailable.Set();
        _spaceAvailable.Set();
    }

    /// <summary>Releases flush waiters when the writer stops for good.</summary>
    public void Abandon()
    {
        lock (_sync)
            _flushes.ReleaseAll();
    }

    RecordSegment Rent(int minimumSize)
    {
        if (minimumSize <= SegmentSize && _pool.TryPop(out var pooled))
            return pooled;
        return new RecordSegment(Math.Max(SegmentSize, minimumSize));
    }

    void Return(RecordSegment segment)
    {
        segment.Reset();
        // Oversized segments (one huge event) go back to the GC.
        if (segment.Buffer.Length == SegmentSize && _pool.Count < MaxPooledSegments)
            _pool.Push(segment);
    }
}
