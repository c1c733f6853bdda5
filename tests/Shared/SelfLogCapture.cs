using System.Collections.Concurrent;
using Serilog.Debugging;

namespace LogKit.Testing;

/// <summary>
/// Captures Serilog's SelfLog for the duration of a test. SelfLog is process-wide, so tests that
/// use this belong to the <see cref="SerialCollection"/>.
/// </summary>
public sealed class SelfLogCapture : IDisposable
{
    readonly ConcurrentQueue<string> _lines = new();

    public SelfLogCapture() => SelfLog.Enable(line => _lines.Enqueue(line));

    public IReadOnlyList<string> Lines => _lines.ToArray();

    public void Dispose() => SelfLog.Disable();
}

/// <summary>Tests that touch process-wide state (the static Log, SelfLog, the console) run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "Serial";
}
