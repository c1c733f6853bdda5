using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace LogKit.Reliability.Tests.Support;

/// <summary>A Serilog sink that keeps every event it receives, from any thread.</summary>
public sealed class CollectingSink : ILogEventSink
{
    readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => _events.ToArray();

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
}
