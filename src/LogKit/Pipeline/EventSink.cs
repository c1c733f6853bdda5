using LogKit.Core;
using LogKit.Diagnostics;
using Serilog.Core;
using Serilog.Events;

namespace LogKit.Pipeline;

/// <summary>
/// A Serilog <see cref="ILogEventSink"/> called on the logging thread, as Serilog itself calls
/// sinks. Serilog sinks that do network I/O batch in the background on their own, and report
/// the events they lose through Serilog's <see cref="ILoggingFailureListener"/>, which this
/// sink counts.
/// </summary>
internal sealed class EventSink : PipelineSink, ILoggingFailureListener
{
    // Set while this thread is inside a sink's Emit, so that a failure the sink reports
    // synchronously (Serilog's FailureListenerSink does) counts the event as failed, not written.
    [ThreadStatic] static EventSink? t_emitting;
    [ThreadStatic] static bool t_emitFailed;

    readonly ILogEventSink _sink;
    readonly FailureReporter _failures;
    int _closed;

    /// <param name="name">The sink's name, for self-log messages.</param>
    /// <param name="createSink">Builds the Serilog sink; it receives this sink as the failure listener to wire in.</param>
    public EventSink(string name, Func<ILoggingFailureListener, ILogEventSink> createSink)
    {
        _failures = new FailureReporter(name);
        _sink = createSink(this);
        if (_sink is ISetLoggingFailureListener listening)
            listening.SetFailureListener(this);
    }

    public override void Emit(ref LogEntry entry)
    {
        if (Volatile.Read(ref _closed) != 0)
        {
            Counters.AddDropped(DropReason.Closed);
            return;
        }

        var logEvent = entry.GetLogEvent();
        t_emitting = this;
        t_emitFailed = false;
        try
        {
            _sink.Emit(logEvent);
        }
        catch (Exception ex)
        {
            t_emitFailed = true;
            _failures.Failed(ex, 1);
        }
        finally
        {
            t_emitting = null;
        }

        if (t_emitFailed)
        {
            Counters.AddFailed();
        }
        else
        {
            Counters.AddWritten();
            _failures.Succeeded();
        }
    }

    public override void Close()
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
            return;
        try
        {
            (_sink as IDisposable)?.Dispose();
        }
        catch (Exception ex)
        {
            _failures.Failed(ex, 0);
        }
    }

    public override async ValueTask CloseAsync()
    {
        if (_sink is not IAsyncDisposable asyncDisposable)
        {
            Close();
            return;
        }
        if (Interlocked.Exchange(ref _closed, 1) != 0)
            return;
        try
        {
            await asyncDisposable.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            _failures.Failed(ex, 0);
        }
    }

    void ILoggingFailureListener.OnLoggingFailed(object sender, LoggingFailureKind kind, string message, IReadOnlyCollection<LogEvent>? events, Exception? exception)
    {
        if (kind != LoggingFailureKind.Temporary && t_emitting == this)
        {
            t_emitFailed = true;
            _failures.Failed(exception ?? new InvalidOperationException(message), 1);
            return;
        }

        // Temporary failures are retried by the sink itself. Events it gives up on later were
        // already counted as written when it took them: counts only grow (LogCounters promises it),
        // so those events are counted again, as failed.
        if (kind != LoggingFailureKind.Temporary && events is { Count: > 0 })
            Counters.AddFailed(events.Count);
        _failures.Reported(kind, message, exception, events?.Count ?? 0);
    }
}
