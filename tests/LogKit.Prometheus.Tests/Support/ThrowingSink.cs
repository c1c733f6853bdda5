using Serilog.Core;
using Serilog.Events;

namespace LogKit.Prometheus.Tests.Support;

/// <summary>A sink whose every write fails.</summary>
public sealed class ThrowingSink : ILogEventSink
{
    public void Emit(LogEvent logEvent) => throw new IOException("the disk is gone");
}
