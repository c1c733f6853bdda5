namespace LogKit.Pipeline;

/// <summary>
/// One sink's share of a <see cref="BackgroundQueue"/>: its bounds (events and bytes), what happens
/// when they are reached, and its counts. Several sinks can share one queue (the console sinks do,
/// so that they keep the order events were logged in); each is bounded, flushed and closed on its own.
/// </summary>
internal sealed class QueueLane
{
    readonly BackgroundQueue _queue;

    internal QueueLane(BackgroundQueue queue, SinkCounters counters, QueuedSinkOptions options)
    {
        _queue = queue;
        Counters = counters;
        Capacity = options.QueueCapacity;
        CapacityBytes = options.QueueCapacityBytes;
        FullMode = options.QueueFullMode;
    }

    public SinkCounters Counters { get; }

    public int Capacity { get; }

    public long CapacityBytes { get; }

    public QueueFullMode FullMode { get; }

    // The state below is read and written only under the queue's lock. Records count against the
    // bounds from the moment they are queued until they are written, including while in a batch.
    internal long Enqueued;
    internal long Completed;
    internal long QueuedBytes;
    internal bool Closing;
    internal readonly FlushWaiters Flushes = new();

    /// <summary>
    /// Whether a record of <paramref name="bytes"/> fits. A record larger than the byte bound is let in
    /// when nothing else is queued, or it could never be written.
    /// </summary>
    internal bool HasRoomFor(long bytes)
        => Enqueued - Completed < Capacity && (QueuedBytes + bytes <= CapacityBytes || QueuedBytes == 0);

    /// <summary>
    /// Makes room for one record of <paramref name="bytes"/>, waiting or dropping per the policy (the
    /// drop is counted with its reason). On true the queue's lock is held: the caller stores its record
    /// and calls <see cref="Commit"/> at once.
    /// </summary>
    public bool TryAdmit(long bytes) => _queue.TryAdmit(this, bytes);

    /// <summary>Counts the record stored after <see cref="TryAdmit"/> as queued and releases the lock.</summary>
    public void Commit(long bytes) => _queue.Commit(this, bytes);

    /// <summary>Reports <paramref name="count"/> records (<paramref name="bytes"/> in all) as written; their space comes back.</summary>
    public void Written(long count, long bytes)
    {
        Counters.AddWritten(count);
        _queue.Release(this, count, bytes);
    }

    /// <summary>Reports <paramref name="count"/> records (<paramref name="bytes"/> in all) as failed; their space comes back.</summary>
    public void Failed(long count, long bytes)
    {
        Counters.AddFailed(count);
        _queue.Release(this, count, bytes);
    }

    /// <summary>Completes when every record queued before the call is written or failed.</summary>
    public Task WhenWritten() => _queue.WhenWritten(this);

    /// <summary>Refuses new records (they count as dropped, closed) and completes when the queued ones are written.</summary>
    public Task Close() => _queue.Close(this);
}
