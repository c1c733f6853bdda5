using System.Runtime.InteropServices;
using Serilog.Events;

namespace LogKit.Pipeline;

/// <summary>
/// A <see cref="BackgroundQueue"/> of Serilog <see cref="LogEvent"/>s, for sinks that take events
/// rather than bytes (the console, batched sinks). Sinks sharing one queue are written in the order
/// their events were logged; consecutive events of one sink are handed over together.
/// </summary>
internal sealed class EventQueue : IQueueConsumer
{
    static readonly Lazy<EventQueue> s_console = new(() => new EventQueue("LogKit console"));

    readonly Queue<QueuedEvent> _queued = new();
    readonly List<QueuedEvent> _batch = [];
    readonly List<IQueuedEventWriter> _idleSinks = [];
    readonly int _batchSize;

    /// <param name="threadName">The writer thread's name.</param>
    /// <param name="batchSize">The most events handed over at once; also how many wake the writer before <paramref name="interval"/>.</param>
    /// <param name="interval">How long a partial batch may wait; null: the writer takes events as they come.</param>
    /// <param name="clock">The clock of <paramref name="interval"/>.</param>
    public EventQueue(string threadName, int batchSize = int.MaxValue, TimeSpan? interval = null, TimeProvider? clock = null)
    {
        _batchSize = batchSize;
        Queue = new BackgroundQueue(threadName, interval is null ? 1 : batchSize, interval, clock);
        Queue.Start(this);
    }

    /// <summary>The queue every console sink in the process shares: there is one console.</summary>
    public static EventQueue Console => s_console.Value;

    public BackgroundQueue Queue { get; }

    /// <summary>Adds a sink; <paramref name="sink"/> receives <see cref="IQueuedEventWriter.OnIdle"/> calls.</summary>
    public QueueLane OpenLane(IQueuedEventWriter sink, SinkCounters counters, QueuedSinkOptions options)
    {
        lock (_idleSinks)
            _idleSinks.Add(sink);
        return Queue.OpenLane(counters, options);
    }

    /// <summary>Queues an event, or waits or drops per the lane's policy. Returns false when dropped (already counted).</summary>
    public bool Enqueue(QueueLane lane, IQueuedEventWriter sink, LogEvent logEvent)
    {
        var bytes = EventSize.Estimate(logEvent);
        if (!lane.TryAdmit(bytes))
            return false;
        _queued.Enqueue(new QueuedEvent(sink, logEvent, bytes));
        lane.Commit(bytes);
        return true;
    }

    /// <summary>Stops sending idle calls to <paramref name="sink"/>.</summary>
    public void CloseLane(IQueuedEventWriter sink)
    {
        lock (_idleSinks)
            _idleSinks.Remove(sink);
    }

    int IQueueConsumer.Take()
    {
        var taken = 0;
        while (taken < _batchSize && _queued.TryDequeue(out var queued))
        {
            _batch.Add(queued);
            taken++;
        }
        return taken;
    }

    void IQueueConsumer.Write()
    {
        var batch = CollectionsMarshal.AsSpan(_batch);
        var start = 0;
        while (start < batch.Length)
        {
            var sink = batch[start].Sink;
            var end = start + 1;
            while (end < batch.Length && batch[end].Sink == sink)
                end++;
            sink.Write(batch[start..end]);
            start = end;
        }
        _batch.Clear();
    }

    void IQueueConsumer.OnIdle()
    {
        IQueuedEventWriter[] sinks;
        lock (_idleSinks)
            sinks = [.. _idleSinks];
        foreach (var sink in sinks)
            sink.OnIdle();
    }

    void IQueueConsumer.OnStopped()
    {
    }
}
