using Serilog.Core;
using Serilog.Debugging;

namespace LogKit.Diagnostics;

/// <summary>
/// Reports a sink's write failures to Serilog's <see cref="SelfLog"/> once per burst: the first
/// failure after a success is written with its exception, the rest are only counted, and the
/// next success reports how many events the burst cost.
/// </summary>
internal sealed class FailureReporter(string sinkName)
{
    int _inBurst;
    long _burstEvents;

    public void Failed(Exception exception, long events)
    {
        Interlocked.Add(ref _burstEvents, events);
        if (Interlocked.Exchange(ref _inBurst, 1) == 0)
            SelfLog.WriteLine("LogKit sink {0} failed to write; further failures are counted until it recovers: {1}", sinkName, exception);
    }

    public void Succeeded()
    {
        if (Volatile.Read(ref _inBurst) == 0)
            return;
        if (Interlocked.Exchange(ref _inBurst, 0) == 1)
            SelfLog.WriteLine("LogKit sink {0} recovered; {1} event(s) failed meanwhile", sinkName, Interlocked.Exchange(ref _burstEvents, 0));
    }

    public void Reported(LoggingFailureKind kind, string message, Exception? exception, int events)
        => SelfLog.WriteLine("LogKit sink {0} reported a {1} failure: {2}", sinkName, kind,
            $"{message} ({events} event(s)){(exception is null ? "" : ": " + exception)}");
}
