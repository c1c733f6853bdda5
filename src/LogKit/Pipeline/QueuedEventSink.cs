using LogKit.Core;
using LogKit.Diagnostics;
using Serilog.Core;
using Serilog.Events;

namespace LogKit.Pipeline;

/// <summary>
/// A Serilog sink written on an <see cref="EventQueue"/>'s writer thread, so a slow sink (the
/// console) never makes the logging call wait while its share of the queue has room.
/// </summary>
internal sealed class QueuedEventSink : PipelineSink, IQueuedEventWriter
{
    readonly ILogEventSink _sink;
    readonly EventQueue _queue;
    readonly QueueLane _lane;
    readonly FailureReporter _failures;
    int _closed;

    public QueuedEventSink(ILogEventSink sink, string name, QueuedSinkOptions options, EventQueue queue)
    {
        _sink = sink;
        _queue = queue;
        _failures = new FailureReporter(name);
        _lane = queue.OpenLane(this, Counters, options);
    }

    public override void Emit(ref LogEntry entry) => _queue.Enqueue(_lane, this, entry.GetLogEvent());

    void IQueuedEventWriter.Write(ReadOnlySpan<QueuedEvent> events)
    {
        var started = LogKitInstruments.StartTiming();   // metrics
        foreach (var queued in events)
        {
            try
            {
                _sink.Emit(queued.Event);
                _lane.Written(1, queued.Bytes);
                _failures.Succeeded();
            }
            catch (Exception ex)
            {
                _lane.Failed(1, queued.Bytes);
                _failures.Failed(ex, 1);
            }
        }
        LogKitInstruments.BatchWritten(Metrics, started);
    }

    void IQueuedEventWriter.OnIdle()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => _lane.WhenWritten().WaitAsync(cancellationToken);

    public override void Close()
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
            return;
        var drained = _lane.Close();
        // A sink closed from inside its own Emit, on the writer thread, must not wait for itself.
        if (!_queue.Queue.IsWriterThread)
            drained.GetAwaiter().GetResult();
        Dispose();
    }

    public override async ValueTask CloseAsync()
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
            return;
        await _lane.Close().ConfigureAwait(false);
        Dispose();
    }

    void Dispose()
    {
        _queue.CloseLane(this);
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
