using LogKit.Diagnostics;
using LogKit.Operations;
using Serilog;
using Serilog.Events;

namespace LogKit;

/// <summary>
/// A timed operation, begun with <c>BeginOperation</c>. Ending it writes one event with the elapsed time:
/// <see cref="Complete()"/> at <see cref="LogEventLevel.Information"/> ("... completed in 12.3 ms"),
/// <see cref="Fail"/> at <see cref="LogEventLevel.Error"/> with the exception ("... failed in ..."), and
/// disposing it without either at <see cref="LogEventLevel.Warning"/> ("... abandoned in ..."). The event
/// carries <c>Elapsed</c> (milliseconds, a double) and <c>Outcome</c> (<c>completed</c>, <c>failed</c>,
/// <c>abandoned</c>); the duration is also recorded in the <c>logkit.operation.duration</c> histogram.
/// </summary>
/// <example>
/// <code>
/// using (var op = Log.BeginOperation("Processing order {OrderId}", orderId))
/// {
///     Process(orderId);
///     op.Complete();
/// }
/// </code>
/// </example>
/// <remarks>
/// Only the first ending counts: <see cref="Dispose"/> after <see cref="Complete()"/> does nothing.
/// Time is measured with the pipeline's <see cref="TimeProvider"/> (the system clock for loggers that
/// are not LogKit's). Ending an operation from two threads at once is safe: exactly one ending wins.
/// </remarks>
public sealed class LogOperation : IDisposable
{
    const string Suffix = " {Outcome:l} in {Elapsed:0.0} ms";

    readonly ILogger _logger;
    readonly TimeProvider _clock;
    readonly string _messageTemplate;
    readonly object?[] _propertyValues;
    readonly long _started;
    int _ended;

    internal LogOperation(ILogger logger, string messageTemplate, object?[]? propertyValues)
    {
        _logger = logger;
        _clock = OperationClock.Of(logger);
        _messageTemplate = messageTemplate;
        _propertyValues = propertyValues ?? [];
        Name = messageTemplate;
        _started = _clock.GetTimestamp();
    }

    /// <summary>
    /// The <c>operation</c> tag of the duration metric. Default: the message template's text (never the
    /// property values, so the number of series stays bounded). Set it to group operations by a name of
    /// your own, for example <c>"orders.process"</c>; it is read when the operation ends.
    /// </summary>
    public string Name { get; set; }

    /// <summary>The time since the operation began.</summary>
    public TimeSpan Elapsed => _clock.GetElapsedTime(_started);

    /// <summary>Ends the operation successfully: an <see cref="LogEventLevel.Information"/> event "... completed in N ms".</summary>
    public void Complete() => End(LogEventLevel.Information, OperationOutcome.Completed, exception: null, _logger);

    /// <summary>Ends the operation successfully and adds a property to its completion event, for example its result.</summary>
    /// <param name="propertyName">The property's name.</param>
    /// <param name="value">The property's value.</param>
    /// <param name="destructureObjects">Capture a complex value as a structure instead of its <c>ToString()</c>.</param>
    public void Complete(string propertyName, object? value, bool destructureObjects = false)
        => End(LogEventLevel.Information, OperationOutcome.Completed, exception: null, _logger.ForContext(propertyName, value, destructureObjects));

    /// <summary>Ends the operation as failed: an <see cref="LogEventLevel.Error"/> event "... failed in N ms" with <paramref name="exception"/>.</summary>
    /// <param name="exception">What went wrong; may be null when there is no exception to attach.</param>
    public void Fail(Exception? exception) => End(LogEventLevel.Error, OperationOutcome.Failed, exception, _logger);

    /// <summary>Ends the operation as abandoned (a <see cref="LogEventLevel.Warning"/>) unless it was already completed or failed.</summary>
    public void Dispose() => End(LogEventLevel.Warning, OperationOutcome.Abandoned, exception: null, _logger);

    void End(LogEventLevel level, string outcome, Exception? exception, ILogger logger)
    {
        if (Interlocked.Exchange(ref _ended, 1) != 0)
            return;
        var elapsed = _clock.GetElapsedTime(_started);
        LogKitInstruments.OperationEnded(Name, outcome, elapsed);
        if (!logger.IsEnabled(level))
            return;
        var values = new object?[_propertyValues.Length + 2];
        _propertyValues.CopyTo(values, 0);
        values[^2] = outcome;
        values[^1] = elapsed.TotalMilliseconds;
        logger.Write(level, exception, _messageTemplate + Suffix, values);
    }
}
