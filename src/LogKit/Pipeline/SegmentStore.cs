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
    const int MaxPooledSegments = 32;

    readonly Stack<RecordSegment> _pool = new();
    readonly Queue<RecordSegment> _sealed = new();
    RecordSegment _current = new(SegmentSize);

    /// <summary>Copies one record in. Under the queue's lock.</summary>
    public void Add(ReadOnlySpan<byte> record, long utcTicks)
    {
        if (_current.TryAdd(record, utcTicks))
            return;
        if (_current.Count > 0)
            _sealed.Enqueue(_current);
        _current = Rent(record.Length);
        _current.TryAdd(record, utcTicks);
    }

    /// <summary>Moves every segment holding records into <paramref name="batch"/>; returns the records moved. Under the queue's lock.</summary>
    public int TakeAll(Queue<RecordSegment> batch)
    {
        var records = 0;
        while (_sealed.TryDequeue(out var segment))
        {
            batch.Enqueue(segment);
            records += segment.Count;
        }
        if (_current.Count > 0)
        {
            batch.Enqueue(_current);
            records += _current.Count;
            _current = Rent(0);
        }
        return records;
    }

    /// <summary>Recycles a written segment.</summary>
    public void Return(RecordSegment segment)
    {
        segment.Reset();
        // Oversized segments (one huge event) go back to the GC.
        if (segment.Buffer.Length != SegmentSize)
            return;
        lock (_pool)
        {
            if (_pool.Count < MaxPooledSegments)
                _pool.Push(segment);
        }
    }

    RecordSegment Rent(int minimumSize)
    {
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
