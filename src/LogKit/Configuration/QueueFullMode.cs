namespace LogKit;

/// <summary>What a background sink does with a new event when its queue is full.</summary>
public enum QueueFullMode
{
    /// <summary>The logging call waits until the sink has room: nothing is lost. The default.</summary>
    Block,

    /// <summary>The new event is discarded and counted in <see cref="LogCounters.Dropped"/>; the caller never waits.</summary>
    Drop,
}
