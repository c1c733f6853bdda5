using LogKit.Core;
using LogKit.Diagnostics;

namespace LogKit.Pipeline;

/// <summary>
/// A sink as the pipeline drives it. The dispatcher has already applied the sink's level and
/// filter and counted the event as accepted; the sink counts how each event ends.
/// </summary>
internal abstract class PipelineSink
{
    public SinkCounters Counters { get; } = new();

    // metrics: drops by reason and file counts, published by LogKitInstruments.
    public SinkMetrics Metrics { get; } = new();

    /// <summary>Takes one event. Called on the logging thread; an exception counts the event as failed.</summary>
    public abstract void Emit(ref LogEntry entry);

    /// <summary>Completes when every event accepted before the call has been written (or has failed).</summary>
    public virtual Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Writes everything still queued, then releases the sink's resources. Later events are dropped.</summary>
    public abstract void Close();

    /// <summary>As <see cref="Close"/>, waiting for the queue asynchronously first.</summary>
    public virtual async ValueTask CloseAsync()
    {
        await FlushAsync(CancellationToken.None).ConfigureAwait(false);
        Close();
    }
}
