using System.Diagnostics;

namespace LogKit.Elasticsearch.Tests.Support;

/// <summary>
/// A clock that runs <c>speed</c> times faster than real time, timers included: a 30-second outage,
/// back-off or request timeout takes 30/speed real seconds. Used where a real server (the fake
/// cluster on Kestrel) and the sink's timers must agree on one clock without a test stepping it.
/// </summary>
public sealed class ScaledTimeProvider(double speed) : TimeProvider
{
    readonly DateTimeOffset _start = DateTimeOffset.UtcNow;
    readonly long _startTimestamp = Stopwatch.GetTimestamp();

    public double Speed => speed;

    public override DateTimeOffset GetUtcNow() => _start + Stopwatch.GetElapsedTime(_startTimestamp) * speed;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        => new ScaledTimer(System.CreateTimer(callback, state, Scale(dueTime), Scale(period)), this);

    TimeSpan Scale(TimeSpan span) => span == Timeout.InfiniteTimeSpan || span == TimeSpan.Zero ? span : TimeSpan.FromTicks(Math.Max(1, (long)(span.Ticks / speed)));

    sealed class ScaledTimer(ITimer inner, ScaledTimeProvider clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(clock.Scale(dueTime), clock.Scale(period));
        public void Dispose() => inner.Dispose();
        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
