namespace LogKit.Pipeline;

/// <summary>
/// What a sink plugs into a <see cref="BackgroundQueue"/>: where queued records are kept and how a
/// batch of them is written. The queue owns waiting, bounds, flushing, closing and counting; the
/// consumer only stores, formats and writes.
/// </summary>
internal interface IQueueConsumer
{
    /// <summary>
    /// Called on the writer thread under the queue's lock: moves queued records into the consumer's
    /// batch (at most its batch size) and returns how many it took.
    /// </summary>
    int Take();

    /// <summary>
    /// Called on the writer thread outside the lock: writes the batch taken last, reporting every
    /// record through <see cref="QueueLane.Written"/> or <see cref="QueueLane.Failed"/> as soon as it
    /// is done, so that space comes back record by record.
    /// </summary>
    void Write();

    /// <summary>Called on the writer thread when the queue's interval passes with nothing queued.</summary>
    void OnIdle();

    /// <summary>Called on the writer thread once, after the queue has stopped and drained.</summary>
    void OnStopped();
}
