using Serilog.Core;
using Serilog.Events;

namespace LogKit.Benchmarks;

/// <summary>A Serilog sink that only keeps the last event, so nothing is optimised away.</summary>
public sealed class NullSink : ILogEventSink
{
    public LogEvent? Last { get; private set; }

    public void Emit(LogEvent logEvent) => Last = logEvent;
}
