using Serilog.Core;
using Serilog.Events;

namespace LogKit.Tests.Support;

/// <summary>A sink that runs a delegate per event; <see cref="GetLogEvent"/> captures the event one call produces.</summary>
public sealed class DelegatingSink(Action<LogEvent> write) : ILogEventSink
{
    public void Emit(LogEvent logEvent) => write(logEvent);

    /// <summary>Runs <paramref name="writeAction"/> against a fresh pipeline's logger and returns the single event it wrote.</summary>
    public static LogEvent GetLogEvent(Action<Serilog.ILogger> writeAction, LogEventLevel minimumLevel = LogEventLevel.Verbose)
    {
        LogEvent? result = null;
        using var pipeline = new LogPipeline(new LogPipelineOptions { MinimumLevel = minimumLevel, FlushOnProcessExit = false });
        pipeline.AddSink(new DelegatingSink(e => result = e));
        writeAction(pipeline.Logger);
        return result ?? throw new InvalidOperationException("No event was written.");
    }
}
