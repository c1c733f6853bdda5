namespace LogKit;

/// <summary>
/// Options of a batched sink added by <see cref="LogPipeline.AddBatchedSink"/>: the queue's bounds
/// and policy (from <see cref="QueuedSinkOptions"/>), how many events go in one batch, and how
/// long a partial batch may wait.
/// </summary>
public class BatchedSinkOptions : QueuedSinkOptions
{
    /// <summary>The most events passed to one <c>EmitBatchAsync</c> call. Default 1,000. Must be at least 1.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>
    /// How long queued events may wait for a batch to fill; when it passes with nothing queued, the
    /// sink's <c>OnEmptyBatchAsync</c> is called. Default 2 seconds. Must be positive. A flush or a
    /// close sends a partial batch at once.
    /// </summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(2);

    internal void Validate()
    {
        ValidateQueue();
        if (BatchSize < 1)
            throw new ArgumentException($"BatchSize must be at least 1 (it was {BatchSize}); the default is 1,000.", nameof(BatchSize));
        if (FlushInterval <= TimeSpan.Zero || FlushInterval == Timeout.InfiniteTimeSpan)
            throw new ArgumentException($"FlushInterval must be positive (it was {FlushInterval}); the default is 2 seconds.", nameof(FlushInterval));
    }
}
