using System.Globalization;
using LogKit.Cli.Reading;
using Serilog.Events;

namespace LogKit.Cli.Output;

/// <summary>Writes <see cref="LogStats"/> as plain text tables.</summary>
internal static class StatsTextReport
{
    public static void Write(TextWriter output, LogStats stats, string? by)
    {
        var c = CultureInfo.InvariantCulture;
        if (by is null)
        {
            output.WriteLine(string.Create(c, $"files: {stats.Files}  bytes: {stats.BytesRead:N0}  events: {stats.Events:N0}  skipped lines: {stats.InvalidLines:N0}"));
            output.WriteLine($"first: {Time(stats.First)}  last: {Time(stats.Last)}");
            output.WriteLine();
        }

        if (by is null or "level")
        {
            output.WriteLine("level        events   share");
            foreach (var (level, count) in stats.ByLevel.Where(l => l.Value > 0).OrderByDescending(l => l.Key))
                output.WriteLine(string.Create(c, $"{level,-11} {count,7:N0} {Share(count, stats.Events),7:P1}"));
            output.WriteLine();
        }

        if (by is null or "template")
        {
            output.WriteLine(string.Create(c, $"top templates ({stats.Templates.Count} of {stats.DistinctTemplates})"));
            output.WriteLine("   events   share  template  (example)");
            foreach (var t in stats.Templates)
                output.WriteLine(string.Create(c, $"{t.Count,9:N0} {t.Share,7:P1}  {t.Template}  ({t.Example})"));
            output.WriteLine();
        }

        if (by is "source")
        {
            output.WriteLine("   events  source");
            foreach (var s in stats.Sources)
                output.WriteLine(string.Create(c, $"{s.Count,9:N0}  {s.Key}"));
            output.WriteLine();
        }

        if (by is "hour" or "minute")
        {
            output.WriteLine(string.Create(c, $"bucket (UTC, {stats.BucketSize:g})   events   errors"));
            foreach (var b in stats.Buckets)
                output.WriteLine(string.Create(c, $"{b.Start:yyyy-MM-dd HH:mm}   {b.Total,9:N0} {b.Errors,8:N0}"));
            output.WriteLine();
        }

        if (by is null)
        {
            var withErrors = stats.Buckets.Where(b => b.Errors > 0).ToList();
            output.WriteLine(string.Create(c, $"errors per {stats.BucketSize:g} (UTC): {withErrors.Count} of {stats.Buckets.Count} buckets had errors"));
            foreach (var b in withErrors.OrderByDescending(b => b.Errors).Take(10).OrderBy(b => b.Start))
                output.WriteLine(string.Create(c, $"  {b.Start:yyyy-MM-dd HH:mm}  {b.Errors,7:N0}"));
            if (stats.Errors.Count > 0)
            {
                output.WriteLine();
                output.WriteLine(string.Create(c, $"first errors ({Math.Min(stats.Errors.Count, 10)} shown)"));
                foreach (var e in stats.Errors.Take(10))
                    output.WriteLine(string.Create(c, $"  {e.Timestamp:yyyy-MM-dd HH:mm:ss.fff} [{Short(e.Level)}] {e.Message}{(e.Exception is null ? "" : " — " + e.Exception)}  ({Path.GetFileName(e.Path)}:{e.LineNumber})"));
            }
        }
    }

    static double Share(long count, long total) => total == 0 ? 0 : (double)count / total;

    static string Time(DateTimeOffset? time) => time?.ToString("yyyy-MM-dd HH:mm:ss.fff zzz", CultureInfo.InvariantCulture) ?? "-";

    internal static string Short(LogEventLevel level) => level switch
    {
        LogEventLevel.Verbose => "VRB",
        LogEventLevel.Debug => "DBG",
        LogEventLevel.Information => "INF",
        LogEventLevel.Warning => "WRN",
        LogEventLevel.Error => "ERR",
        _ => "FTL",
    };
}
