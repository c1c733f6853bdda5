using LogKit.Diagnostics;
using LogKit.Operations;
using Serilog;
using Serilog.Events;

namespace LogKit;

/// <summary>
/// Timed operations on any Serilog <see cref="ILogger"/>: LogKit's loggers (from <c>Log.ForContext</c>,
/// <c>Log.Bind</c> or <see cref="LogPipeline.Logger"/>) and any other. Each writes one event when the
/// operation ends and records its duration in the <c>logkit.operation.duration</c> histogram.
/// </summary>
public static class LoggerOperationExtensions
{
    const string TimedTemplate = "{Operation:l} {Outcome:l} in {Elapsed:0.0} ms";

    /// <summary>Begins a timed operation; see <see cref="LogOperation"/>.</summary>
    /// <param name="logger">The logger that writes the operation's event.</param>
    /// <param name="messageTemplate">Describes the operation, for example <c>"Processing order {OrderId}"</c>; the ending is appended.</param>
    /// <param name="propertyValues">Values for the template's properties.</param>
    /// <returns>The operation; complete, fail or dispose it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="logger"/> or <paramref name="messageTemplate"/> is null.</exception>
    public static LogOperation BeginOperation(this ILogger logger, string messageTemplate, params object?[]? propertyValues)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(messageTemplate);
        return new LogOperation(logger, messageTemplate, propertyValues);
    }

    /// <summary>
    /// Runs <paramref name="work"/> and logs "<paramref name="name"/> completed in N ms" (or failed, at
    /// <see cref="LogEventLevel.Error"/> with the exception, which is rethrown).
    /// </summary>
    /// <param name="logger">The logger that writes the event.</param>
    /// <param name="name">The operation's name: the <c>Operation</c> property and the metric's <c>operation</c> tag.</param>
    /// <param name="work">The work to time.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Time(this ILogger logger, string name, Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var started = Start(logger, name, out var clock);
        try
        {
            work();
        }
        catch (Exception ex)
        {
            End(logger, name, clock, started, ex);
            throw;
        }
        End(logger, name, clock, started, null);
    }

    /// <summary>Runs <paramref name="work"/>, logs its duration as <see cref="Time(ILogger, string, Action)"/> does, and returns its result.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="logger">The logger that writes the event.</param>
    /// <param name="name">The operation's name: the <c>Operation</c> property and the metric's <c>operation</c> tag.</param>
    /// <param name="work">The work to time.</param>
    /// <returns>What <paramref name="work"/> returned.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static T Time<T>(this ILogger logger, string name, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var started = Start(logger, name, out var clock);
        T result;
        try
        {
            result = work();
        }
        catch (Exception ex)
        {
            End(logger, name, clock, started, ex);
            throw;
        }
        End(logger, name, clock, started, null);
        return result;
    }

    /// <summary>Awaits <paramref name="work"/> and logs its duration as <see cref="Time(ILogger, string, Action)"/> does.</summary>
    /// <param name="logger">The logger that writes the event.</param>
    /// <param name="name">The operation's name: the <c>Operation</c> property and the metric's <c>operation</c> tag.</param>
    /// <param name="work">Starts the work to time.</param>
    /// <returns>A task that completes (or faults) as the work does, after the event is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task TimeAsync(this ILogger logger, string name, Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var started = Start(logger, name, out var clock);
        try
        {
            await work().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            End(logger, name, clock, started, ex);
            throw;
        }
        End(logger, name, clock, started, null);
    }

    /// <summary>Awaits <paramref name="work"/>, logs its duration as <see cref="Time(ILogger, string, Action)"/> does, and returns its result.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="logger">The logger that writes the event.</param>
    /// <param name="name">The operation's name: the <c>Operation</c> property and the metric's <c>operation</c> tag.</param>
    /// <param name="work">Starts the work to time.</param>
    /// <returns>The work's result, after the event is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static async Task<T> TimeAsync<T>(this ILogger logger, string name, Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var started = Start(logger, name, out var clock);
        T result;
        try
        {
            result = await work().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            End(logger, name, clock, started, ex);
            throw;
        }
        End(logger, name, clock, started, null);
        return result;
    }

    static long Start(ILogger logger, string name, out TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(name);
        clock = OperationClock.Of(logger);
        return clock.GetTimestamp();
    }

    static void End(ILogger logger, string name, TimeProvider clock, long started, Exception? exception)
    {
        var elapsed = clock.GetElapsedTime(started);
        var outcome = exception is null ? OperationOutcome.Completed : OperationOutcome.Failed;
        LogKitInstruments.OperationEnded(name, outcome, elapsed);
        var level = exception is null ? LogEventLevel.Information : LogEventLevel.Error;
        if (logger.IsEnabled(level))
            logger.Write(level, exception, TimedTemplate, name, outcome, elapsed.TotalMilliseconds);
    }
}
