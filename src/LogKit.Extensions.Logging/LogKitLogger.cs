using Microsoft.Extensions.Logging;

namespace LogKit.Extensions.Logging;

/// <summary>
/// A Microsoft.Extensions.Logging logger over a LogKit pipeline. Events are mapped to Serilog events
/// by Serilog.Extensions.Logging (message templates, event ids, <c>@</c> and <c>$</c> prefixes); scopes
/// go onto <see cref="LogContext"/>, so they mix with <c>LogContext.Push</c> in both directions.
/// </summary>
internal sealed class LogKitLogger(ILogger serilogLogger, Serilog.ILogger pipelineLogger) : ILogger
{
    public bool IsEnabled(LogLevel logLevel) => serilogLogger.IsEnabled(logLevel);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull
        => ScopeMapping.Push(state, pipelineLogger);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        => serilogLogger.Log(logLevel, eventId, state, exception, formatter);
}
