namespace LogKit;

/// <summary>
/// Options of sinks that do I/O off the caller's thread, through a bounded queue (console, file).
/// </summary>
public class QueuedSinkOptions : SinkOptions
{
    /// <summary>
    /// How many events may wait in the queue. Default 10,000. Must be at least 1.
    /// </summary>
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>
    /// What happens when the queue is full. Default <see cref="QueueFullMode.Block"/> (nothing is lost).
    /// </summary>
    public QueueFullMode QueueFullMode { get; set; } = QueueFullMode.Block;

    internal void ValidateQueue()
    {
        if (QueueCapacity < 1)
            throw new ArgumentException($"QueueCapacity must be at least 1 (it was {QueueCapacity}); the default is 10,000.", nameof(QueueCapacity));
        if (!Enum.IsDefined(QueueFullMode))
            throw new ArgumentException($"QueueFullMode {QueueFullMode} is not defined; use Block or Drop.", nameof(QueueFullMode));
    }
}
