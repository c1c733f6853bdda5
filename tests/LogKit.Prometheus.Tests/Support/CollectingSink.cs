using Serilog.Core;
using Serilog.Events;

namespace LogKit.Prometheus.Tests.Support;

/// <summary>Keeps every event it receives.</summary>
public sealed class CollectingSink : ILogEventSink
{
    readonly List<LogEvent> _events = [];

    public IReadOnlyList<LogEvent> Events
    {
        get
        {
            lock (_events)
                return _events.ToArray();
        }
    }

    public LogEvent Single => Events.Should().ContainSingle().Subject;

    public void Emit(LogEvent logEvent)
    {
        lock (_events)
            _events.Add(logEvent);
    }
}
