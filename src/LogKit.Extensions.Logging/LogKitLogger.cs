using Microsoft.Extensions.Logging;
using Serilog.Events;

namespace LogKit.Extensions.Logging;

/// <summary>
/// A Microsoft.Extensions.Logging logger over a LogKit pipeline. An event whose state is MEL's formatted-values
/// list (the <c>LogInformation</c>-style methods and <c>[LoggerMessage]</c>) goes to the pipeline's structured
/// write without a Serilog event (<see cref="NativeWriter"/>); any other state is mapped by
/// Serilog.Extensions.Logging. Both give the same event: message template, event id, <c>@</c> and <c>$</c>
/// prefixes. Scopes go onto <see cref="LogContext"/>, so they mix with <c>LogContext.Push</c> in both directions.
/// </summary>
internal sealed class LogKitLogger(ILogger serilogLogger, Logger pipelineLogger, NativeWriter native, RedactionOptions redaction) : ILogger
{
    public bool IsEnabled(LogLevel logLevel) => serilogLogger.IsEnabled(logLevel);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull
        => ScopeMapping.Push(state, pipelineLogger, redaction);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (logLevel is < LogLevel.Trace or >= LogLevel.None)
            return;
        var level = (LogEventLevel)logLevel;   // Trace..Critical are Verbose..Fatal, in the same order
        if (!pipelineLogger.IsEnabled(level))
            return;
        try
        {
            if (native.TryWrite(level, eventId, ref state, exception))
                return;
        }
        catch (Exception ex)
        {
            // Reading the state threw (a custom list); the general mapping writes what it can, or reports it.
            Serilog.Debugging.SelfLog.WriteLine("LogKit could not read the state of an event through Microsoft.Extensions.Logging: {0}", ex);
        }
        serilogLogger.Log(logLevel, eventId, state, exception, formatter);
    }
}
