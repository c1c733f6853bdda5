namespace LogKit.Pipeline;

/// <summary>
/// Where a byte queue keeps its records: callers copy each formatted record into the current
/// segment, so only bytes cross threads and nothing is allocated per event; the writer takes every
/// segment at once, so under load each write call carries many events. Segments are pooled.
/// </summary>
/// <remarks>
/// <see cref="Add"/> and <see cref="TakeAll"/> run under the queue's lock. <see cref="Return"/> runs
/// on the writer thread as each segment is written, under the pool's own small lock, so a written
/// segment's memory is reused (or, if oversized, freed) before the rest of the batch is done.
/// </remarks>
internal sealed class SegmentStore
{
    public const int SegmentSize = 64 * 1024;

    /// <summary>
    /// Records this large or larger are copied into a segment of their own by <see cref="Prepare"/>,
    /// before the queue's lock is taken, so that a big event's allocation and copy never hold up the
    /// other logging threads; smaller ones are copied under the lock, which costs less than a handover.
    /// </summary>
    public const int OwnSegmentFrom = SegmentSize / 4;

    const int MaxPooledSegments = 32;

    readonly Stack<RecordSegment> _pool = new();
    readonly Queue<RecordSegment> _sealed = new();
    readonly Func<int, RecordSegment>? _allocate;
    RecordSegment _current;

    public SegmentStore()
        : this(allocate: null)
    {
    }

    /// <param name="allocate">Makes every segment, bypassing the pool (a seam for tests that make it fail); null: pooled arrays.</param>
    internal SegmentStore(Func<int, RecordSegment>? allocate)
    {
        _allocate = allocate;
        _current = new RecordSegment(SegmentSize);
    }

    /// <summary>Copies one record in. Under the queue's lock; if it throws, the store is as it was.</summary>
    public void Add(ReadOnlySpan<byte> record, long utcTicks)
    {
        if (_current.TryAdd(record, utcTicks))
            return;
        // Rent before changing anything: a failed allocation must not leave the current segment both
        // sealed and current (written twice, then reused while still filling).
        var next = Rent(record.Length);
        if (_current.Count > 0)
            _sealed.Enqueue(_current);
        _current = next;
        _current.TryAdd(record, utcTicks);
    }

    /// <summary>A segment holding just <paramref name="record"/>, for <see cref="AddSegment"/>. Not under the lock.</summary>
    public RecordSegment Prepare(ReadOnlySpan<byte> record, long utcTicks)
    {
        var segment = Rent(record.Length);
        segment.TryAdd(record, utcTicks);
        return segment;
    }

    /// <summary>Queues a segment from <see cref="Prepare"/> after every record added so far. Under the queue's lock; if it throws, the segment is not queued.</summary>
    public void AddSegment(RecordSegment segment)
    {
        if (_current.Count > 0)
        {
            var next = Rent(0);
            _sealed.Enqueue(_current);
            _current = next;
        }
        _sealed.Enqueue(segment);
    }

    /// <summary>Moves every segment holding records into <paramref name="batch"/>; returns the records moved. Under the queue's lock.</summary>
    public int TakeAll(Queue<RecordSegment> batch)
    {
        var records = 0;
        // Each segment leaves the store only once it is in the batch: a failure part way loses nothing.
        while (_sealed.TryPeek(out var segment))
        {
            batch.Enqueue(segment);
            _sealed.Dequeue();
            records += segment.Count;
        }
        if (_current.Count > 0)
        {
            var next = Rent(0);
            batch.Enqueue(_current);
            records += _current.Count;
            _current = next;
        }
        return records;
    }

    /// <summary>Recycles a written segment.</summary>
    public void Return(RecordSegment segment)
    {
        segment.Reset();
        // Oversized segments (one huge event) go back to the GC.
        if (segment.Buffer.Length != SegmentSize || _allocate != null)
            return;
        lock (_pool)
        {
            if (_pool.Count < MaxPooledSegments)
                _pool.Push(segment);
        }
    }

    RecordSegment Rent(int minimumSize)
    {
        if (_allocate != null)
            return _allocate(Math.Max(SegmentSize, minimumSize));
        if (minimumSize <= SegmentSize)
        {
            lock (_pool)
            {
                if (_pool.TryPop(out var pooled))
                    return pooled;
            }
        }
        return new RecordSegment(Math.Max(SegmentSize, minimumSize));
    }
}
