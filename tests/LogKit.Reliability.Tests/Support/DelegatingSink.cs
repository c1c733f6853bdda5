using Serilog.Core;
using Serilog.Events;

namespace LogKit.Reliability.Tests.Support;

/// <summary>A Serilog sink that runs a delegate per event.</summary>
public sealed class DelegatingSink(Action<LogEvent> write) : ILogEventSink
{
    public void Emit(LogEvent logEvent) => write(logEvent);
}
