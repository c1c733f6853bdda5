using Serilog.Core;
using Serilog.Events;

namespace LogKit.Reliability.Tests.Support;

/// <summary>
/// A Serilog sink that counts what it receives; when <see cref="FailEvery"/> is set it throws on every
/// n-th event (and counts the throws), as a broken sink would.
/// </summary>
public sealed class CountingSink : ILogEventSink
{
    long _received;
    long _thrown;

    public int FailEvery { get; init; }

    public long Received => Interlocked.Read(ref _received);

    public long Thrown => Interlocked.Read(ref _thrown);

    public void Emit(LogEvent logEvent)
    {
        var n = Interlocked.Increment(ref _received);
        if (FailEvery > 0 && n % FailEvery == 0)
        {
            Interlocked.Increment(ref _thrown);
            throw new IOException("the sink failed on purpose");
        }
    }
}
