using Serilog.Core;
using Serilog.Events;

namespace LogKit.Soak;

/// <summary>A sink that throws while <see cref="Failing"/> is set, and counts what it got and what it threw.</summary>
public sealed class ThrowingSink : ILogEventSink
{
    long _received;
    long _thrown;

    public volatile bool Failing;

    public long Received => Interlocked.Read(ref _received);

    public long Thrown => Interlocked.Read(ref _thrown);

    public void Emit(LogEvent logEvent)
    {
        Interlocked.Increment(ref _received);
        if (Failing)
        {
            Interlocked.Increment(ref _thrown);
            throw new IOException("soak: the sink is failing on purpose");
        }
    }
}
