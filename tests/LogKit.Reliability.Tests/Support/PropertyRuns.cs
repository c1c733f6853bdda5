using System.Globalization;

namespace LogKit.Reliability.Tests.Support;

/// <summary>
/// How long randomised tests run. In the test suite they are short (seconds); set
/// LOGKIT_PROPERTY_SCALE (a multiplier, e.g. 100) for a long run, and LOGKIT_PROPERTY_SEED to replay
/// the seed a failure printed.
/// </summary>
public static class PropertyRuns
{
    public static int Scale { get; } = int.TryParse(Environment.GetEnvironmentVariable("LOGKIT_PROPERTY_SCALE"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var scale) && scale > 0 ? scale : 1;

    public static string? Seed { get; } = Environment.GetEnvironmentVariable("LOGKIT_PROPERTY_SEED") is { Length: > 0 } seed ? seed : null;

    public static long Iterations(long baseline) => baseline * Scale;

    /// <summary>Cultures the capture properties run under: number and date formats differ, and ar-SA's calendar cannot show every date.</summary>
    public static readonly CultureInfo[] Cultures =
        [CultureInfo.InvariantCulture, new("de-DE"), new("ar-SA"), new("th-TH"), new("fr-CH"), new("ja-JP")];

    public static T InCulture<T>(CultureInfo culture, Func<T> action)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
