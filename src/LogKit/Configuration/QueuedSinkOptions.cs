namespace LogKit;

/// <summary>
/// Options of sinks that do I/O off the caller's thread, through LogKit's bounded background queue
/// (console, file, batched sinks).
/// </summary>
public class QueuedSinkOptions : SinkOptions
{
    /// <summary>The default of <see cref="QueueCapacityBytes"/>: 64 MB.</summary>
    public const long DefaultQueueCapacityBytes = 64L * 1024 * 1024;

    /// <summary>
    /// How many events may wait in the queue. Default 10,000. Must be at least 1.
    /// </summary>
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>
    /// How many bytes the waiting events may hold. Default <b>64 MB</b> (<see cref="DefaultQueueCapacityBytes"/>).
    /// Must be at least 1. The file sink counts each event's formatted bytes; other sinks an estimate of
    /// the memory the event holds. An event larger than the bound is still queued when nothing else is
    /// waiting. Space comes back as each event is written, so a caller blocked on a full queue waits
    /// for one write, not for a whole batch.
    /// </summary>
    public long QueueCapacityBytes { get; set; } = DefaultQueueCapacityBytes;

    /// <summary>
    /// What happens when the queue is full (by count or by bytes). Default <see cref="QueueFullMode.Block"/>
    /// (nothing is lost); <see cref="QueueFullMode.Drop"/> counts each discarded event as dropped.
    /// </summary>
    public QueueFullMode QueueFullMode { get; set; } = QueueFullMode.Block;

    internal void ValidateQueue()
    {
        if (QueueCapacity < 1)
            throw new ArgumentException($"QueueCapacity must be at least 1 (it was {QueueCapacity}); the default is 10,000.", nameof(QueueCapacity));
        if (QueueCapacityBytes < 1)
            throw new ArgumentException($"QueueCapacityBytes must be at least 1 (it was {QueueCapacityBytes}); the default is 64 MB ({DefaultQueueCapacityBytes}).", nameof(QueueCapacityBytes));
        if (!Enum.IsDefined(QueueFullMode))
            throw new ArgumentException($"QueueFullMode {QueueFullMode} is not defined; use Block or Drop.", nameof(QueueFullMode));
    }
}
