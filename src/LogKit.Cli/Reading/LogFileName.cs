using System.Globalization;
using System.Text.RegularExpressions;

namespace LogKit.Cli.Reading;

/// <summary>
/// A file name of a rolling log taken apart, without knowing the sink's settings: the file sink's
/// roll-forward names (<c>app.log</c>, <c>app_001.log</c>, <c>app20261125.log</c>,
/// <c>app20261125_002.log</c>), its stable-active names (<c>app.log</c> active, <c>app.1.log</c>,
/// <c>app.2.log</c> rolled, higher is newer), each optionally archived as <c>.gz</c>.
/// </summary>
internal readonly partial record struct LogFileName(string BaseName, string Period, int? Sequence, bool IsStableRolled, bool IsArchive)
{
    /// <summary>The log this name belongs to, as the path given to <c>AddFile</c> would name it (<c>app.log</c>).</summary>
    public string BaseName { get; } = BaseName;

    // The period is digits of one of the sink's formats: yyyy, yyyyMM, yyyyMMdd, yyyyMMddHH, yyyyMMddHHmm.
    [GeneratedRegex(@"^(?<prefix>.*?)(?<period>\d{12}|\d{10}|\d{8}|\d{6}|\d{4})?(?:_(?<seq>\d{3,}))?(?<suffix>\.[^.\d][^.]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex RollForward();

    [GeneratedRegex(@"^(?<prefix>.+)\.(?<seq>\d+)(?<suffix>\.[^.\d][^.]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex StableRolled();

    /// <summary>Takes a file name apart; every name parses (a name with no recognisable parts is a log of its own).</summary>
    public static LogFileName Parse(string fileName)
    {
        var isArchive = fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        var name = isArchive ? fileName[..^3] : fileName;

        var stable = StableRolled().Match(name);
        if (stable.Success && int.TryParse(stable.Groups["seq"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var rolled))
            return new LogFileName(stable.Groups["prefix"].Value + stable.Groups["suffix"].Value, "", rolled, true, isArchive);

        var forward = RollForward().Match(name);
        if (forward.Success && forward.Groups["prefix"].Length + forward.Groups["period"].Length > 0)
        {
            int? sequence = forward.Groups["seq"].Success && int.TryParse(forward.Groups["seq"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : null;
            var prefix = forward.Groups["prefix"].Value;
            var period = forward.Groups["period"].Value;
            if (prefix.Length == 0)
            {
                // All digits and no prefix ("20261125.log"): the digits are the name, not a period.
                prefix = period;
                period = "";
            }
            return new LogFileName(prefix + forward.Groups["suffix"].Value, period, sequence, false, isArchive);
        }

        return new LogFileName(name, "", null, false, isArchive);
    }

    /// <summary>
    /// Orders one log's names oldest first. Roll-forward names: by period, then sequence (the bare
    /// name is the first of its period). Stable-active logs: rolled files by number, then roll-forward
    /// names (what the sink falls back to when a rename fails), then the active file last.
    /// </summary>
    public static int CompareOldestFirst(LogFileName x, LogFileName y, bool stableActive)
    {
        var rank = Rank(x, stableActive).CompareTo(Rank(y, stableActive));
        if (rank != 0)
            return rank;
        var byPeriod = string.CompareOrdinal(x.Period, y.Period);
        if (byPeriod != 0)
            return byPeriod;
        var bySequence = (x.Sequence ?? -1).CompareTo(y.Sequence ?? -1);
        // A file and its archive both present (caught mid-compression): the same file, plain first.
        return bySequence != 0 ? bySequence : x.IsArchive.CompareTo(y.IsArchive);
    }

    static int Rank(LogFileName name, bool stableActive)
    {
        if (!stableActive)
            return 0;
        if (name.IsStableRolled)
            return 0;
        return name.Period.Length == 0 && name.Sequence is null ? 2 : 1;
    }
}
