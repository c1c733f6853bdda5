namespace LogKit;

/// <summary>
/// Event counts for one sink, or summed over a pipeline's sinks. Every event a LogKit sink accepts
/// ends as exactly one of written, dropped or failed, so after a flush
/// <c>Accepted == Written + Dropped + Failed</c> and <see cref="Pending"/> is zero. The counts only
/// grow. A Serilog sink that batches on its own counts an event as written when it takes it, and
/// also as failed if it later reports the event lost through Serilog's failure listener.
/// </summary>
/// <param name="Accepted">Events that passed the sink's level and filter and were handed to it.</param>
/// <param name="Written">Events the sink finished writing (for a Serilog sink: <c>Emit</c> returned).</param>
/// <param name="Dropped">Events discarded by policy: a full queue in <see cref="QueueFullMode.Drop"/> mode, or a sink removed while the event was on its way.</param>
/// <param name="Failed">Events lost to an error: the sink threw, its filter threw, or its I/O failed.</param>
public readonly record struct LogCounters(long Accepted, long Written, long Dropped, long Failed)
{
    /// <summary>Accepted events not yet written, dropped or failed: those still queued.</summary>
    public long Pending => Math.Max(0, Accepted - Written - Dropped - Failed);

    /// <summary>The element-wise sum of two sets of counts.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns>The sum.</returns>
    public static LogCounters operator +(LogCounters left, LogCounters right) => new(
        left.Accepted + right.Accepted,
        left.Written + right.Written,
        left.Dropped + right.Dropped,
        left.Failed + right.Failed);
}
