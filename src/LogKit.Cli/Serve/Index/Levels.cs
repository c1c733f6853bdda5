using Serilog.Events;

namespace LogKit.Cli.Serve.Index;

/// <summary>Serilog's six levels as the index counts them: one slot per level, Verbose first.</summary>
internal static class Levels
{
    public const int Count = 6;

    public static readonly string[] Names = ["Verbose", "Debug", "Information", "Warning", "Error", "Fatal"];

    public static bool TryParse(string? text, out LogEventLevel level)
    {
        // CLEF writes full names; Seq and others also accept the short forms.
        switch (text?.ToUpperInvariant())
        {
            case "VERBOSE" or "VRB" or "TRACE" or "TRC":
                level = LogEventLevel.Verbose;
                return true;
            case "DEBUG" or "DBG":
                level = LogEventLevel.Debug;
                return true;
            case "INFORMATION" or "INF" or "INFO":
                level = LogEventLevel.Information;
                return true;
            case "WARNING" or "WRN" or "WARN":
                level = LogEventLevel.Warning;
                return true;
            case "ERROR" or "ERR":
                level = LogEventLevel.Error;
                return true;
            case "FATAL" or "FTL" or "CRITICAL" or "CRIT":
                level = LogEventLevel.Fatal;
                return true;
            default:
                level = LogEventLevel.Information;
                return false;
        }
    }
}
