namespace LogKit.Elasticsearch.Transport;

/// <summary>
/// Exponential back-off with "equal jitter": attempt n waits between half and all of
/// <c>initial × 2^(n-1)</c>, capped at <c>max</c>, so clients that failed together do not retry together.
/// </summary>
internal static class Backoff
{
    public static TimeSpan Delay(int attempt, TimeSpan initial, TimeSpan max, double random)
    {
        if (attempt < 1)
            return TimeSpan.Zero;
        var exponential = initial.Ticks * Math.Pow(2, Math.Min(attempt - 1, 30));
        var ceiling = Math.Min(exponential, max.Ticks);
        return TimeSpan.FromTicks((long)(ceiling / 2 + ceiling / 2 * Math.Clamp(random, 0, 1)));
    }
}
