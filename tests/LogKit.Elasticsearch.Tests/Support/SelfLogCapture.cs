using System.Collections.Concurrent;
using Serilog.Debugging;

namespace LogKit.Elasticsearch.Tests.Support;

/// <summary>Captures Serilog's SelfLog during a test; such tests run in the serial collection.</summary>
public sealed class SelfLogCapture : IDisposable
{
    readonly ConcurrentQueue<string> _lines = new();

    public SelfLogCapture() => SelfLog.Enable(line => _lines.Enqueue(line));

    public IReadOnlyList<string> Lines => _lines.ToArray();

    public void Dispose() => SelfLog.Disable();
}

/// <summary>Tests that touch process-wide state (SelfLog, the static Log, meters) run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "Serial";
}
