namespace LogKit.Sinks.File;

/// <summary>A file name that belongs to one rolling log, taken apart.</summary>
/// <param name="Name">The file name (no folder).</param>
/// <param name="Period">The checkpoint in the name (roll-forward names with an interval).</param>
/// <param name="Sequence">The sequence number: <c>_001</c> in roll-forward names, <c>.1</c> in stable-active names; null for the first file of a period or the active stable file.</param>
/// <param name="IsArchive">True for a finished <c>.gz</c> archive.</param>
/// <param name="IsStable">True for a stable-active name (<c>app.log</c>, <c>app.1.log</c>).</param>
internal readonly record struct LogFileName(string Name, DateTime? Period, int? Sequence, bool IsArchive, bool IsStable)
{
    /// <summary>The name of the uncompressed file this name stands for (<c>app_001.log</c> for <c>app_001.log.gz</c>).</summary>
    public string LogName => IsArchive ? Name[..^PathRoller.ArchiveExtension.Length] : Name;

    /// <summary>
    /// Orders files newest first. Roll-forward names: by period, then sequence. Stable-active names: the
    /// active file, then rolled files by sequence. A roll-forward name in a stable-active log (the
    /// fallback after a failed rename) ranks between the active file and the rolled ones.
    /// </summary>
    public static int CompareNewestFirst(LogFileName x, LogFileName y)
    {
        var rank = Rank(x).CompareTo(Rank(y));
        if (rank != 0)
            return rank;
        var byPeriod = Nullable.Compare(y.Period, x.Period);
        return byPeriod != 0 ? byPeriod : (y.Sequence ?? 0).CompareTo(x.Sequence ?? 0);
    }

    static int Rank(LogFileName name) => name.IsStable ? (name.Sequence is null ? 0 : 2) : 1;
}
