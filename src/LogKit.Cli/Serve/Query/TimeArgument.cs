using System.Globalization;

namespace LogKit.Cli.Serve.Query;

/// <summary>
/// Reads a time parameter: an ISO 8601 instant (UTC when it has no offset), <c>now</c>, or a relative
/// duration back from now (<c>30s</c>, <c>15m</c>, <c>2h</c>, <c>7d</c>, <c>1w</c>).
/// </summary>
internal static class TimeArgument
{
    public static bool TryParse(string text, DateTimeOffset now, out long utcTicks)
    {
        utcTicks = 0;
        text = text.Trim();
        if (text.Equals("now", StringComparison.OrdinalIgnoreCase))
        {
            utcTicks = now.UtcTicks;
            return true;
        }

        if (text.Length >= 2 && char.IsAsciiDigit(text[0]) && !text.Contains('-', StringComparison.Ordinal) && !text.Contains(':', StringComparison.Ordinal))
        {
            var unit = char.ToLowerInvariant(text[^1]) switch
            {
                's' => TimeSpan.TicksPerSecond,
                'm' => TimeSpan.TicksPerMinute,
                'h' => TimeSpan.TicksPerHour,
                'd' => TimeSpan.TicksPerDay,
                'w' => TimeSpan.TicksPerDay * 7,
                _ => 0L,
            };
            if (unit != 0 && long.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount) && amount <= 100_000)
            {
                utcTicks = now.UtcTicks - amount * unit;
                return true;
            }
            return false;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var instant))
        {
            utcTicks = instant.UtcTicks;
            return true;
        }
        return false;
    }
}
