using Serilog.Events;

namespace LogKit.Pipeline;

/// <summary>
/// A thread that writes queued events for one or more <see cref="QueuedEventSink"/>s in the order
/// they were logged. Console sinks share one worker per process, so text and JSON console sinks
/// never overtake each other. The worker takes everything queued at once: under load each
/// wake-up drains a whole batch.
/// </summary>
internal sealed class EventWorker
{
    static readonly Lazy<EventWorker> s_console = new(() => new EventWorker("LogKit console"));

    readonly object _sync = new();
    readonly string _threadName;
    List<(QueuedEventSink Sink, LogEvent Event)> _queue = [];
    List<(QueuedEventSink Sink, LogEvent Event)> _spare = [];
    int _blockedProducers;
    bool _workerIdle;
    Thread? _thread;

    public EventWorker(string threadName) => _threadName = threadName;

    /// <summary>The worker every console sink in the process shares: there is one console.</summary>
    public static EventWorker Console => s_console.Value;

    /// <summary>Queues an event, or waits or drops per the sink's policy when its share is full. Returns false when dropped.</summary>
    public bool Enqueue(QueuedEventSink sink, LogEvent logEvent)
    {
        lock (_sync)
        {
            while (sink.QueuedCount >= sink.Capacity && !sink.IsClosing)
            {
                // A sink that logs from its own Emit, on this worker, would wait for itself: it drops.
                if (sink.FullMode == QueueFullMode.Drop || Thread.CurrentThread == _thread)
                    return false;
                _blockedProducers++;
                Monitor.Wait(_sync);
                _blockedProducers--;
            }

            if (sink.IsClosing)
                return false;

            _queue.Add((sink, logEvent));
            sink.Enqueued++;
            if (_thread == null)
                Start();
            else if (_workerIdle)
                Monitor.PulseAll(_sync);
            return true;
        }
    }

    /// <summary>Completes when every event <paramref name="sink"/> queued before the call is written.</summary>
    public Task WhenWritten(QueuedEventSink sink)
    {
        lock (_sync)
            return sink.Flushes.WaitFor(sink.Enqueued, sink.Completed);
    }

    /// <summary>Stops <paramref name="sink"/> from queueing more; returns when its queued events are written.</summary>
    public Task Close(QueuedEventSink sink)
    {
        lock (_sync)
        {
            sink.IsClosing = true;
            Monitor.PulseAll(_sync);   // producers blocked on this sink's share give up
            return sink.Flushes.WaitFor(sink.Enqueued, sink.Completed);
        }
    }

    public bool IsWorkerThread => Thread.CurrentThread == _thread;

    void Start()
    {
        _thread = new Thread(Run)
        {
            // Not a foreground thread: the process-exit hook drains the queue instead.
            IsBackground = true,
            Name = _threadName,
        };
        _thread.Start();
    }

    void Run()
    {
        while (true)
        {
            List<(QueuedEventSink Sink, LogEvent Event)> batch;
            lock (_sync)
            {
                while (_queue.Count == 0)
                {
                    _workerIdle = true;
                    Monitor.Wait(_sync);
                    _workerIdle = false;
                }
                batch = _queue;
                _queue = _spare;
            }

            foreach (var (sink, logEvent) in batch)
                sink.Write(logEvent);

            lock (_sync)
            {
                foreach (var (sink, _) in batch)
                    sink.Completed++;
                foreach (var (sink, _) in batch)
                    sink.Flushes.Release(sink.Completed);
                batch.Clear();
                _spare = batch;
                if (_blockedProducers > 0)
                    Monitor.PulseAll(_sync);
            }
        }
    }
}
