using System.Globalization;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace LogKit.Reliability.Tests.Support;

/// <summary>
/// Serilog as the oracle: the event Serilog's own logger builds for a call, and a description of an
/// event (level, template, rendering, typed properties and its CLEF line without the timestamp)
/// that two events share exactly when they carry the same data.
/// </summary>
public static class Oracle
{
    /// <summary>The event Serilog writes for <paramref name="write"/>, or null when Serilog writes none.</summary>
    public static LogEvent? SerilogEvent(Action<Serilog.ILogger> write)
    {
        LogEvent? result = null;
        using (var serilog = new LoggerConfiguration().MinimumLevel.Verbose().Enrich.FromLogContext()
                   .WriteTo.Sink(new DelegatingSink(e => result = e)).CreateLogger())
            write(serilog);
        return result;
    }

    /// <summary>The event LogKit writes for <paramref name="write"/>, or null when it writes none.</summary>
    public static LogEvent? LogKitEvent(Action<Serilog.ILogger> write)
    {
        LogEvent? result = null;
        using var pipeline = new LogPipeline(new LogPipelineOptions { MinimumLevel = LogEventLevel.Verbose, FlushOnProcessExit = false });
        // No names on the redaction list, so that a generated name such as "Xpwd" is not masked where Serilog
        // keeps it; redaction still walks every value, so the comparison also shows it changes nothing else.
        foreach (var name in RedactionOptions.DefaultNames)
            pipeline.Redaction.Remove(name);
        pipeline.AddSink(new DelegatingSink(e => result = e));
        write(pipeline.Logger);
        return result;
    }

    public static string Describe(LogEvent e)
    {
        var properties = string.Join("; ", e.Properties.Select(p => $"{p.Key}={p.Value.GetType().Name}:{Guarded(() => p.Value.ToString())}"));
        var clef = Guarded(() => Clef(e));
        var withoutTime = clef.Contains(",\"@mt\"", StringComparison.Ordinal) ? clef[clef.IndexOf(",\"@mt\"", StringComparison.Ordinal)..] : clef;
        return Generators.Escape($"{e.Level} | {e.MessageTemplate.Text} | {Guarded(() => e.RenderMessage(CultureInfo.InvariantCulture))} | {properties} | {withoutTime}");
    }

    /// <summary>
    /// Serilog's own rendering throws on a format the value rejects (<c>{Span:D5}</c>); that is the
    /// same for both events, so it is described rather than allowed to end the comparison.
    /// </summary>
    static string Guarded(Func<string> render)
    {
        try
        {
            return render();
        }
        catch (Exception ex) when (ex is FormatException or ArgumentOutOfRangeException)
        {
            // ArgumentOutOfRangeException: a date the current culture's calendar cannot show (ar-SA).
            return "<rendering threw " + ex.GetType().Name + ">";
        }
    }

    /// <summary>The event as Serilog's CompactJsonFormatter writes it, without the line break.</summary>
    public static string Clef(LogEvent e)
    {
        var output = new StringWriter();
        new CompactJsonFormatter().Format(e, output);
        return output.ToString().TrimEnd('\n', '\r');
    }
}

/// <summary>Compares two descriptions and, when they differ, shows both in full (not a truncated window).</summary>
public static class Same
{
    public static void Descriptions(string actual, string expected, string what = "LogKit", string oracle = "Serilog")
    {
        if (!string.Equals(actual, expected, StringComparison.Ordinal))
            throw new Xunit.Sdk.XunitException($"{what} and {oracle} differ.\n{what}: {actual}\n{oracle}: {expected}");
    }
}
