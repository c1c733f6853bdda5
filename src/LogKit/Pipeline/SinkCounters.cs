namespace LogKit.Pipeline;

/// <summary>The live counts behind <see cref="LogCounters"/>: updated from any thread, read as a snapshot.</summary>
internal sealed class SinkCounters
{
    long _accepted;
    long _written;
    long _dropped;
    long _failed;

    public void AddAccepted(long count = 1) => Interlocked.Add(ref _accepted, count);

    public void AddWritten(long count = 1) => Interlocked.Add(ref _written, count);

    public void AddDropped(long count = 1) => Interlocked.Add(ref _dropped, count);

    public void AddFailed(long count = 1) => Interlocked.Add(ref _failed, count);

    /// <summary>
    /// A consistent-enough snapshot: outcomes are read before acceptances, so a concurrent write can
    /// only make <see cref="LogCounters.Pending"/> momentarily larger, never negative.
    /// </summary>
    public LogCounters Snapshot()
    {
        var failed = Volatile.Read(ref _failed);
        var dropped = Volatile.Read(ref _dropped);
        var written = Volatile.Read(ref _written);
        var accepted = Volatile.Read(ref _accepted);
        return new LogCounters(accepted, written, dropped, failed);
    }
}
