using System.Globalization;
using System.Text.RegularExpressions;

namespace LogKit.Cli.Reading;

/// <summary>
/// Parses the times <c>--since</c> and <c>--until</c> take: relative ones counted back from now
/// (<c>90s</c>, <c>15m</c>, <c>2h</c>, <c>1d</c>, <c>1w</c>), or ISO 8601 dates and times
/// (<c>2026-11-25</c>, <c>2026-11-25T14:00</c>, <c>2026-11-25T14:00:00Z</c>); a time without an
/// offset is local time, as a person reading the clock means it.
/// </summary>
public static partial class TimeBound
{
    [GeneratedRegex(@"^(?<n>\d+)\s*(?<unit>ms|s|m|h|d|w)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    /// <summary>Parses a time bound.</summary>
    /// <param name="text">The text.</param>
    /// <param name="now">The current time, for relative bounds.</param>
    /// <param name="time">The instant.</param>
    /// <returns>False when the text is neither form.</returns>
    public static bool TryParse(string? text, DateTimeOffset now, out DateTimeOffset time)
    {
        time = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        text = text.Trim();
        if (Relative().Match(text) is { Success: true } relative)
        {
            var n = long.Parse(relative.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            var span = relative.Groups["unit"].Value.ToLowerInvariant() switch
            {
                "ms" => TimeSpan.FromMilliseconds(n),
                "s" => TimeSpan.FromSeconds(n),
                "m" => TimeSpan.FromMinutes(n),
                "h" => TimeSpan.FromHours(n),
                "d" => TimeSpan.FromDays(n),
                _ => TimeSpan.FromDays(7 * n),
            };
            time = now - span;
            return true;
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal | DateTimeStyles.AllowWhiteSpaces, out time);
    }
}
