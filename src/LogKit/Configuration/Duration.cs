using System.Globalization;
using System.Text.RegularExpressions;

namespace LogKit;

/// <summary>
/// Reads durations as configuration files write them: <c>"10 days"</c>, <c>"12h"</c>, <c>"1 week"</c>,
/// <c>"90 minutes"</c>, <c>"30s"</c>, or a <see cref="TimeSpan"/> such as <c>"01:30:00"</c>.
/// Units: ms, s/sec/second(s), m/min/minute(s), h/hr/hour(s), d/day(s), w/week(s); case-insensitive.
/// </summary>
public static partial class Duration
{
    const string Example = "\"10 days\", \"12h\" or \"1 week\"";

    static readonly (string[] Units, TimeSpan Unit)[] s_units =
    [
        (["ms", "millisecond", "milliseconds"], TimeSpan.FromMilliseconds(1)),
        (["s", "sec", "secs", "second", "seconds"], TimeSpan.FromSeconds(1)),
        (["m", "min", "mins", "minute", "minutes"], TimeSpan.FromMinutes(1)),
        (["h", "hr", "hrs", "hour", "hours"], TimeSpan.FromHours(1)),
        (["d", "day", "days"], TimeSpan.FromDays(1)),
        (["w", "week", "weeks"], TimeSpan.FromDays(7)),
    ];

    /// <summary>Parses a duration such as <c>"10 days"</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The duration.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is not a duration; the message names it and shows good ones.</exception>
    public static TimeSpan Parse(string text)
        => TryParse(text, out var duration)
            ? duration
            : throw new FormatException($"'{text}' is not a duration; write it like {Example}.");

    /// <summary>Parses a duration, without throwing.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="duration">The duration, when the text is valid.</param>
    /// <returns>True when <paramref name="text"/> is a valid, non-negative duration.</returns>
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;

        var match = DurationPattern().Match(text);
        if (match.Success && double.TryParse(match.Groups["number"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            var unit = match.Groups["unit"].Value.ToLowerInvariant();
            foreach (var (names, length) in s_units)
            {
                if (names.Contains(unit))
                {
                    // "99999999999 weeks" is a mistake to report, not an OverflowException to throw.
                    var ticks = Math.Round(length.Ticks * number);
                    if (!(ticks < TimeSpan.MaxValue.Ticks))
                        return false;
                    duration = TimeSpan.FromTicks((long)ticks);
                    return true;
                }
            }
            return false;
        }

        return TimeSpan.TryParse(text.Trim(), CultureInfo.InvariantCulture, out duration) && duration >= TimeSpan.Zero;
    }

    [GeneratedRegex(@"^\s*(?<number>\d+(\.\d+)?)\s*(?<unit>[a-zA-Z]+)\s*$")]
    private static partial Regex DurationPattern();
}
