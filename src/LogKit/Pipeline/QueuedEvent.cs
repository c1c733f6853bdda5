using Serilog.Events;

namespace LogKit.Pipeline;

/// <summary>An event waiting in an <see cref="EventQueue"/>, with the sink it is for and its estimated size.</summary>
internal readonly record struct QueuedEvent(IQueuedEventWriter Sink, LogEvent Event, long Bytes);

/// <summary>A sink fed by an <see cref="EventQueue"/>.</summary>
internal interface IQueuedEventWriter
{
    /// <summary>
    /// Called on the writer thread with consecutive events for this sink, in the order they were
    /// logged; reports each through its lane as written or failed.
    /// </summary>
    void Write(ReadOnlySpan<QueuedEvent> events);

    /// <summary>Called on the writer thread when the queue's interval passes with nothing queued.</summary>
    void OnIdle();
}
