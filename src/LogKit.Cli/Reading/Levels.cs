using Serilog.Events;

namespace LogKit.Cli.Reading;

/// <summary>Level names as CLEF writes them (<c>Error</c>), and the short forms people type.</summary>
public static class Levels
{
    /// <summary>Parses a level from a CLEF <c>@l</c> value (exact names; case-insensitive as a fallback).</summary>
    /// <param name="utf8">The value's bytes.</param>
    /// <param name="level">The level.</param>
    /// <returns>False when it names no level.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out LogEventLevel level)
    {
        switch (utf8.Length)
        {
            case 5 when utf8.SequenceEqual("Error"u8): level = LogEventLevel.Error; return true;
            case 5 when utf8.SequenceEqual("Debug"u8): level = LogEventLevel.Debug; return true;
            case 5 when utf8.SequenceEqual("Fatal"u8): level = LogEventLevel.Fatal; return true;
            case 7 when utf8.SequenceEqual("Warning"u8): level = LogEventLevel.Warning; return true;
            case 7 when utf8.SequenceEqual("Verbose"u8): level = LogEventLevel.Verbose; return true;
            case 11 when utf8.SequenceEqual("Information"u8): level = LogEventLevel.Information; return true;
        }
        Span<char> chars = stackalloc char[16];
        if (utf8.Length <= chars.Length && System.Text.Encoding.UTF8.TryGetChars(utf8, chars, out var n))
            return TryParse(chars[..n].ToString(), out level);
        level = default;
        return false;
    }

    /// <summary>Parses a level as people type it: a full name or a short one (<c>err</c>, <c>warn</c>, <c>inf</c>, <c>dbg</c>, <c>vrb</c>, <c>ftl</c>), any case.</summary>
    /// <param name="text">The text.</param>
    /// <param name="level">The level.</param>
    /// <returns>False when it names no level.</returns>
    public static bool TryParse(string? text, out LogEventLevel level)
    {
        level = default;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "verbose" or "vrb" or "trace" or "trc": level = LogEventLevel.Verbose; return true;
            case "debug" or "dbg": level = LogEventLevel.Debug; return true;
            case "information" or "info" or "inf": level = LogEventLevel.Information; return true;
            case "warning" or "warn" or "wrn": level = LogEventLevel.Warning; return true;
            case "error" or "err" or "eror": level = LogEventLevel.Error; return true;
            case "fatal" or "ftl" or "critical" or "crit": level = LogEventLevel.Fatal; return true;
            default: return false;
        }
    }
}
