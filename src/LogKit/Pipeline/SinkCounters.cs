namespace LogKit.Pipeline;

/// <summary>
/// The live counts behind <see cref="LogCounters"/>: updated from any thread, read as a snapshot.
/// Drops are kept per <see cref="DropReason"/> (read them with <see cref="Dropped(DropReason)"/>);
/// <see cref="LogCounters.Dropped"/> is their sum.
/// </summary>
internal sealed class SinkCounters
{
    long _accepted;
    long _written;
    long _droppedQueueFull;
    long _droppedClosed;
    long _failed;

    public void AddAccepted(long count = 1) => Interlocked.Add(ref _accepted, count);

    public void AddWritten(long count = 1) => Interlocked.Add(ref _written, count);

    public void AddDropped(DropReason reason, long count = 1)
    {
        if (reason == DropReason.QueueFull)
            Interlocked.Add(ref _droppedQueueFull, count);
        else
            Interlocked.Add(ref _droppedClosed, count);
    }

    public void AddFailed(long count = 1) => Interlocked.Add(ref _failed, count);

    /// <summary>Events dropped for <paramref name="reason"/> so far.</summary>
    public long Dropped(DropReason reason)
        => Volatile.Read(ref reason == DropReason.QueueFull ? ref _droppedQueueFull : ref _droppedClosed);

    /// <summary>
    /// A consistent-enough snapshot: outcomes are read before acceptances, so a concurrent write can
    /// only make <see cref="LogCounters.Pending"/> momentarily larger, never negative.
    /// </summary>
    public LogCounters Snapshot()
    {
        var failed = Volatile.Read(ref _failed);
        var dropped = Volatile.Read(ref _droppedQueueFull) + Volatile.Read(ref _droppedClosed);
        var written = Volatile.Read(ref _written);
        var accepted = Volatile.Read(ref _accepted);
        return new LogCounters(accepted, written, dropped, failed);
    }
}
