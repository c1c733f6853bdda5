using LogKit.Core;
using LogKit.Diagnostics;
using Serilog.Core;
using Serilog.Events;

namespace LogKit.Pipeline;

/// <summary>
/// A Serilog sink written on an <see cref="EventWorker"/> thread behind a bounded queue, so a slow
/// sink (the console) never makes the logging call wait while its queue has room.
/// </summary>
internal sealed class QueuedEventSink : PipelineSink
{
    readonly ILogEventSink _sink;
    readonly EventWorker _worker;
    readonly FailureReporter _failures;

    public QueuedEventSink(ILogEventSink sink, string name, QueuedSinkOptions options, EventWorker worker)
    {
        _sink = sink;
        _worker = worker;
        _failures = new FailureReporter(name);
        Capacity = options.QueueCapacity;
        FullMode = options.QueueFullMode;
    }

    public int Capacity { get; }

    public QueueFullMode FullMode { get; }

    // The queue state below is read and written only under the worker's lock.
    public long Enqueued { get; set; }

    public long Completed { get; set; }

    public long QueuedCount => Enqueued - Completed;

    public bool IsClosing { get; set; }

    public FlushWaiters Flushes { get; } = new();

    public override void Emit(ref LogEntry entry)
    {
        if (!_worker.Enqueue(this, entry.GetLogEvent()))
        {
            Counters.AddDropped();
            Metrics.AddDropped(IsClosing ? DropReason.Closed : DropReason.QueueFull);   // metrics
        }
    }

    /// <summary>Called on the worker thread.</summary>
    public void Write(LogEvent logEvent)
    {
        var started = LogKitInstruments.StartTiming();   // metrics
        try
        {
            _sink.Emit(logEvent);
            LogKitInstruments.BatchWritten(Metrics, started);
            Counters.AddWritten();
            _failures.Succeeded();
        }
        catch (Exception ex)
        {
            Counters.AddFailed();
            _failures.Failed(ex, 1);
        }
    }

    public override Task FlushAsync(CancellationToken cancellationToken)
        => _worker.WhenWritten(this).WaitAsync(cancellationToken);

    public override void Close()
    {
        var drained = _worker.Close(this);
        // A sink closed from inside its own Emit, on the worker thread, must not wait for itself.
        if (!_worker.IsWorkerThread)
            drained.GetAwaiter().GetResult();
        Dispose();
    }

    public override async ValueTask CloseAsync()
    {
        await _worker.Close(this).ConfigureAwait(false);
        Dispose();
    }

    void Dispose()
    {
        try
        {
            (_sink as IDisposable)?.Dispose();
        }
        catch (Exception ex)
        {
            _failures.Failed(ex, 0);
        }
    }
}
