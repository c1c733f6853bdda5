using System.Globalization;
using System.Text.RegularExpressions;
using Serilog;

namespace LogKit.Sinks.File;

/// <summary>
/// The names of one rolling log's files, with no I/O: builds them and recognises them. Roll-forward
/// names are Serilog.Sinks.File's (<c>app20261125_001.log</c>); stable-active names keep the active
/// file at <c>app.log</c> and number rolled files <c>app.1.log</c>, <c>app.2.log</c>. Archives add <c>.gz</c>.
/// Anything that does not parse as one of this log's names is not this log's and is never touched.
/// </summary>
internal sealed class PathRoller
{
    public const string ArchiveExtension = ".gz";
    public const string PartialExtension = ".tmp";

    readonly Regex _rollForward;
    readonly Regex _stable;

    public PathRoller(string path, RollingInterval interval, FileNaming naming)
    {
        Naming = naming;
        var fullPath = Path.GetFullPath(path);
        Directory = Path.GetDirectoryName(fullPath) ?? throw new ArgumentException($"'{path}' has no folder.", nameof(path));
        Prefix = Path.GetFileNameWithoutExtension(fullPath);
        Suffix = Path.GetExtension(fullPath);
        Interval = interval;
        PeriodFormat = interval switch
        {
            RollingInterval.Infinite => "",
            RollingInterval.Year => "yyyy",
            RollingInterval.Month => "yyyyMM",
            RollingInterval.Day => "yyyyMMdd",
            RollingInterval.Hour => "yyyyMMddHH",
            RollingInterval.Minute => "yyyyMMddHHmm",
            _ => throw new ArgumentException($"Unknown rolling interval {interval}.", nameof(interval)),
        };

        var prefix = Regex.Escape(Prefix);
        var suffix = Regex.Escape(Suffix);
        var archive = Regex.Escape(ArchiveExtension);
        var period = PeriodFormat.Length == 0 ? "" : $"(?<period>\\d{{{PeriodFormat.Length}}})";
        _rollForward = new Regex($"^{prefix}{period}(?:_(?<seq>\\d{{3,}}))?{suffix}(?<gz>{archive})?$", RegexOptions.CultureInvariant);
        _stable = new Regex($"^{prefix}\\.(?<seq>\\d+){suffix}(?<gz>{archive})?$", RegexOptions.CultureInvariant);
    }

    public string Directory { get; }

    public string Prefix { get; }

    public string Suffix { get; }

    public RollingInterval Interval { get; }

    public FileNaming Naming { get; }

    public string PeriodFormat { get; }

    /// <summary>A directory search pattern that every name of this log matches (and some others do).</summary>
    public string SearchPattern => Prefix + "*";

    /// <summary>The active file of the stable-active naming: always <c>app.log</c>.</summary>
    public string StableActivePath => Path.Combine(Directory, Prefix + Suffix);

    /// <summary>The start of the period <paramref name="instant"/> falls in; null without an interval.</summary>
    public DateTime? Checkpoint(DateTime instant) => Interval switch
    {
        RollingInterval.Year => new DateTime(instant.Year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified),
        RollingInterval.Month => new DateTime(instant.Year, instant.Month, 1, 0, 0, 0, DateTimeKind.Unspecified),
        RollingInterval.Day => new DateTime(instant.Year, instant.Month, instant.Day, 0, 0, 0, DateTimeKind.Unspecified),
        RollingInterval.Hour => new DateTime(instant.Year, instant.Month, instant.Day, instant.Hour, 0, 0, DateTimeKind.Unspecified),
        RollingInterval.Minute => new DateTime(instant.Year, instant.Month, instant.Day, instant.Hour, instant.Minute, 0, DateTimeKind.Unspecified),
        _ => null,
    };

    /// <summary>A roll-forward path: <c>app{period}{_seq}.log</c>.</summary>
    public string RollForwardPath(DateTime? period, int? sequence)
    {
        var name = Prefix;
        if (period is { } p && PeriodFormat.Length > 0)
            name += p.ToString(PeriodFormat, CultureInfo.InvariantCulture);
        if (sequence is { } s)
            name += "_" + s.ToString("000", CultureInfo.InvariantCulture);
        return Path.Combine(Directory, name + Suffix);
    }

    /// <summary>A rolled stable-active path: <c>app.{seq}.log</c>.</summary>
    public string StablePath(int sequence)
        => Path.Combine(Directory, Prefix + "." + sequence.ToString(CultureInfo.InvariantCulture) + Suffix);

    /// <summary>
    /// Recognises one of this log's file names (plain or archived). With stable-active naming,
    /// <c>app.log</c> is the active file (newest); with roll-forward naming it is the first file of
    /// its period (oldest). Roll-forward names are recognised in both modes: a stable-active log
    /// falls back to them when a rename fails.
    /// </summary>
    public bool TryParse(string fileName, out LogFileName parsed)
    {
        var isArchive = fileName.EndsWith(ArchiveExtension, StringComparison.Ordinal);
        if (Naming == FileNaming.StableActive && string.Equals(isArchive ? fileName[..^ArchiveExtension.Length] : fileName, Prefix + Suffix, StringComparison.Ordinal))
        {
            parsed = new LogFileName(fileName, null, null, isArchive, IsStable: true);
            return true;
        }

        var match = _rollForward.Match(fileName);
        if (match.Success)
        {
            DateTime? period = null;
            var periodGroup = match.Groups["period"];
            if (periodGroup.Success)
            {
                if (!DateTime.TryParseExact(periodGroup.Value, PeriodFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var p))
                {
                    parsed = default;
                    return false;
                }
                period = p;
            }
            parsed = new LogFileName(fileName, period, ParseSequence(match), match.Groups["gz"].Success, IsStable: false);
            return true;
        }

        match = _stable.Match(fileName);
        if (match.Success)
        {
            parsed = new LogFileName(fileName, null, ParseSequence(match), match.Groups["gz"].Success, IsStable: true);
            return true;
        }

        parsed = default;
        return false;
    }

    static int? ParseSequence(Match match)
    {
        var group = match.Groups["seq"];
        return group.Success && int.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ? sequence : null;
    }
}
