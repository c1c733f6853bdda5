using LogKit.Core;
using LogKit.Diagnostics;
using Serilog.Core;
using Serilog.Events;

namespace LogKit.Pipeline;

/// <summary>
/// A Serilog <see cref="IBatchedLogEventSink"/> on its own <see cref="EventQueue"/>: batches of up
/// to <see cref="BatchedSinkOptions.BatchSize"/> events, one call at a time, in order, off the
/// logging thread; a partial batch waits at most <see cref="BatchedSinkOptions.FlushInterval"/>.
/// </summary>
internal sealed class BatchedEventSink : PipelineSink, IQueuedEventWriter
{
    readonly IBatchedLogEventSink _sink;
    readonly EventQueue _queue;
    readonly QueueLane _lane;
    readonly FailureReporter _failures;
    readonly List<LogEvent> _batch;
    int _closed;

    public BatchedEventSink(IBatchedLogEventSink sink, string name, BatchedSinkOptions options, TimeProvider clock)
    {
        _sink = sink;
        _failures = new FailureReporter(name);
        _batch = new List<LogEvent>(Math.Min(options.BatchSize, 4096));
        _queue = new EventQueue("LogKit " + name, options.BatchSize, options.FlushInterval, clock);
        _lane = _queue.OpenLane(this, Counters, options);
    }

    public override void Emit(ref LogEntry entry) => _queue.Enqueue(_lane, this, entry.GetLogEvent());

    void IQueuedEventWriter.Write(ReadOnlySpan<QueuedEvent> events)
    {
        long bytes = 0;
        foreach (var queued in events)
        {
            _batch.Add(queued.Event);
            bytes += queued.Bytes;
        }
        try
        {
            // The writer thread is LogKit's own: blocking it on the sink's I/O holds up no one else.
            var started = LogKitInstruments.StartTiming();   // metrics
            _sink.EmitBatchAsync(_batch).GetAwaiter().GetResult();
            LogKitInstruments.BatchWritten(Metrics, started);
            _lane.Written(events.Length, bytes);
            _failures.Succeeded();
        }
        catch (Exception ex)
        {
            _lane.Failed(events.Length, bytes);
            _failures.Failed(ex, events.Length);
        }
        finally
        {
            _batch.Clear();
        }
    }

    void IQueuedEventWriter.OnIdle()
    {
        try
        {
            _sink.OnEmptyBatchAsync().GetAwaiter().GetResult();
        }
        catch (Exception ex)
        {
            _failures.Failed(ex, 0);
        }
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => _lane.WhenWritten().WaitAsync(cancellationToken);

    public override void Close()
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
            return;
        _ = _lane.Close();   // the writer thread's end is awaited below
        _queue.Queue.Stop();
        // Closed from inside its own EmitBatchAsync, on the writer thread: it must not wait for itself.
        if (!_queue.Queue.IsWriterThread)
            _queue.Queue.Stopped.GetAwaiter().GetResult();
        try
        {
            if (_sink is IDisposable disposable)
                disposable.Dispose();
            else if (_sink is IAsyncDisposable asyncDisposable)
                asyncDisposable.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        catch (Exception ex)
        {
            _failures.Failed(ex, 0);
        }
    }

    public override async ValueTask CloseAsync()
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
            return;
        _ = _lane.Close();   // the writer thread's end is awaited below
        _queue.Queue.Stop();
        if (!_queue.Queue.IsWriterThread)
            await _queue.Queue.Stopped.ConfigureAwait(false);
        try
        {
            if (_sink is IAsyncDisposable asyncDisposable)
                await asyncDisposable.DisposeAsync().ConfigureAwait(false);
            else
                (_sink as IDisposable)?.Dispose();
        }
        catch (Exception ex)
        {
            _failures.Failed(ex, 0);
        }
    }
}
