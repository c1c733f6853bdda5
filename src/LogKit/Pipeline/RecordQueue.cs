namespace LogKit.Pipeline;

/// <summary>
/// A bounded queue of formatted records between logging threads and one writer thread. Callers
/// format on their own thread and copy the bytes into the current segment; the writer takes every
/// segment at once, so only bytes cross threads, nothing is allocated per event, and under load each
/// write call carries many events. Segments are pooled.
/// </summary>
internal sealed class RecordQueue
{
    public const int SegmentSize = 64 * 1024;
    const int MaxPooledSegments = 32;

    readonly object _sync = new();
    readonly int _capacity;
    readonly QueueFullMode _fullMode;
    readonly Stack<RecordSegment> _pool = new();
    readonly Queue<RecordSegment> _sealed = new();
    readonly FlushWaiters _flushes = new();
    RecordSegment _current = new(SegmentSize);
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
        lock (_sync)
        {
            while (_enqueued - _completed >= _capacity && !_closing)
            {
                if (_fullMode == QueueFullMode.Drop)
                    return false;
                _blockedProducers++;
                Monitor.Wait(_sync);
                _blockedProducers--;
            }

            if (_closing)
                return false;

            if (!_current.TryAdd(record, utcTicks))
            {
                if (_current.Count > 0)
                    _sealed.Enqueue(_current);
                _current = Rent(record.Length);
                _current.TryAdd(record, utcTicks);
            }

            _enqueued++;
            if (_consumerWaiting)
                Monitor.PulseAll(_sync);
            return true;
        }
    }

    /// <summary>
    /// Moves every queued segment into <paramref name="batch"/>, waiting up to <paramref name="timeout"/>
    /// for one. Returns false once the queue is closed and empty: the writer should stop.
    /// </summary>
    public bool TakeAll(List<RecordSegment> batch, TimeSpan timeout)
    {
        lock (_sync)
        {
            if (_sealed.Count == 0 && _current.Count == 0 && !_closing)
            {
                _consumerWaiting = true;
                Monitor.Wait(_sync, timeout);
                _consumerWaiting = false;
            }

            while (_sealed.TryDequeue(out var segment))
                batch.Add(segment);
            if (_current.Count > 0)
            {
                batch.Add(_current);
                _current = Rent(0);
            }
            return batch.Count > 0 || !_closing;
        }
    }

    /// <summary>Reports a batch as finished (written or failed) and recycles its segments.</summary>
    public void Complete(List<RecordSegment> batch)
    {
        lock (_sync)
        {
            foreach (var segment in batch)
            {
                _completed += segment.Count;
                Return(segment);
            }
            _flushes.Release(_completed);
            if (_blockedProducers > 0)
                Monitor.PulseAll(_sync);
        }
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
        {
            _closing = true;
            Monitor.PulseAll(_sync);
        }
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
