using System.Diagnostics;
using System.Globalization;

namespace LogKit.Soak;

/// <summary>One sample of the process's resources.</summary>
public readonly record struct Sample(double Seconds, long RssBytes, long ManagedBytes, int Handles, int Threads, long Events);

/// <summary>Reads the process's resident memory, open handles and threads from /proc (Linux).</summary>
public static class Sampler
{
    public static Sample Take(double seconds, long events)
    {
        long rss = 0;
        var threads = 0;
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                rss = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
            else if (line.StartsWith("Threads:", StringComparison.Ordinal))
                threads = int.Parse(line.Split('\t', ' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        var handles = Directory.GetFiles("/proc/self/fd").Length;
        return new Sample(seconds, rss, GC.GetTotalMemory(forceFullCollection: false), handles, threads, events);
    }

    /// <summary>The least-squares slope of <paramref name="value"/> per minute.</summary>
    public static double SlopePerMinute(IReadOnlyList<Sample> samples, Func<Sample, double> value)
    {
        if (samples.Count < 2)
            return 0;
        var meanX = samples.Average(s => s.Seconds);
        var meanY = samples.Average(value);
        var covariance = samples.Sum(s => (s.Seconds - meanX) * (value(s) - meanY));
        var variance = samples.Sum(s => (s.Seconds - meanX) * (s.Seconds - meanX));
        return variance == 0 ? 0 : covariance / variance * 60;
    }
}
