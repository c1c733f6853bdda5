using LogKit.Core;
using LogKit.Diagnostics;
using Serilog.Core;
using Serilog.Events;

namespace LogKit.Pipeline;

/// <summary>
/// Runs a Serilog sink on its own thread behind a bounded queue, so a slow sink (the console)
/// never makes the logging call wait while the queue has room. The worker takes everything
/// queued at once, so under load each wake-up drains a whole batch.
/// </summary>
internal sealed class BackgroundEventSink : PipelineSink
{
    readonly ILogEventSink _sink;
    readonly string _name;
    readonly int _capacity;
    readonly QueueFullMode _fullMode;
    readonly FailureReporter _failures;
    readonly object _sync = new();
    readonly FlushWaiters _flushes = new();

    List<LogEvent> _queue = [];
    List<LogEvent> _spare = [];
    long _enqueued;
    long _completed;
    int _blockedProducers;
    bool _workerIdle;
    bool _stopping;
    Thread? _worker;

    public BackgroundEventSink(ILogEventSink sink, string name, QueuedSinkOptions options)
    {
        _sink = sink;
        _name = name;
        _capacity = options.QueueCapacity;
        _fullMode = options.QueueFullMode;
        _failures = new FailureReporter(name);
    }

    public override void Emit(ref LogEntry entry)
    {
        var logEvent = entry.GetLogEvent();
        lock (_sync)
        {
            while (_queue.Count >= _capacity && !_stopping)
            {
                if (_fullMode == QueueFullMode.Drop)
                {
                    Counters.AddDropped();
                    return;
                }
                _blockedProducers++;
                Monitor.Wait(_sync);
                _blockedProducers--;
            }

            if (_stopping)
            {
                Counters.AddDropped();
                return;
            }

            _queue.Add(logEvent);
            _enqueued++;
            if (_worker == null)
                StartWorker();
            else if (_workerIdle)
                Monitor.PulseAll(_sync);
        }
    }

    public override Task FlushAsync(CancellationToken cancellationToken)
    {
        lock (_sync)
            return _flushes.WaitFor(_enqueued, _completed).WaitAsync(cancellationToken);
    }

    public override void Close()
    {
        Thread? worker;
        lock (_sync)
        {
            _stopping = true;
            worker = _worker;
            Monitor.PulseAll(_sync);
        }

        // A sink that closes the pipeline from inside its own Emit must not wait for itself.
        if (worker != null && worker != Thread.CurrentThread)
            worker.Join();

        try
        {
            (_sink as IDisposable)?.Dispose();
        }
        catch (Exception ex)
        {
            _failures.Failed(ex, 0);
        }
    }

    void StartWorker()
    {
        _worker = new Thread(Run)
        {
            IsBackground = true,   // the process-exit hook drains the queue; the thread must not keep the process alive
            Name = "LogKit " + _name,
        };
        _worker.Start();
    }

    void Run()
    {
        while (true)
        {
            List<LogEvent> batch;
            lock (_sync)
            {
                while (_queue.Count == 0 && !_stopping)
                {
                    _workerIdle = true;
                    Monitor.Wait(_sync);
                    _workerIdle = false;
                }

                if (_queue.Count == 0)
                {
                    _flushes.ReleaseAll();
                    return;
                }

                batch = _queue;
                _queue = _spare;
                if (_blockedProducers > 0)
                    Monitor.PulseAll(_sync);
            }

            foreach (var logEvent in batch)
            {
                try
                {
                    _sink.Emit(logEvent);
                    Counters.AddWritten();
                    _failures.Succeeded();
                }
                catch (Exception ex)
                {
                    Counters.AddFailed();
                    _failures.Failed(ex, 1);
                }
            }

            var count = batch.Count;
            batch.Clear();
            lock (_sync)
            {
                _spare = batch;
                _completed += count;
                _flushes.Release(_completed);
            }
        }
    }
}
