namespace LogKit.Cli.Reading;

/// <summary>
/// Collects read problems and passes them on: the first few of each file one by one, then a count
/// at the file's end, so a damaged or foreign file is reported, never silently skipped, and never floods.
/// Thread-safe.
/// </summary>
public sealed class ReadProblemReporter
{
    readonly Action<ReadProblem> _report;
    readonly Dictionary<string, int> _perFile = new(StringComparer.Ordinal);
    readonly Lock _lock = new();
    long _total;

    /// <summary>Creates a reporter.</summary>
    /// <param name="report">Receives each problem reported (called under a lock, one at a time).</param>
    /// <param name="perFileLimit">How many problems of one file are passed on one by one; default 3.</param>
    public ReadProblemReporter(Action<ReadProblem> report, int perFileLimit = 3)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentOutOfRangeException.ThrowIfNegative(perFileLimit);
        _report = report;
        PerFileLimit = perFileLimit;
    }

    /// <summary>A reporter that drops what it is given (still counting).</summary>
    public static ReadProblemReporter Ignore() => new(_ => { });

    /// <summary>How many problems of one file are passed on one by one.</summary>
    public int PerFileLimit { get; }

    /// <summary>All problems met so far, including those only counted.</summary>
    public long Total => Interlocked.Read(ref _total);

    /// <summary>Records a problem; passes it on unless its file already had <see cref="PerFileLimit"/>.</summary>
    /// <param name="problem">The problem.</param>
    public void Report(ReadProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        lock (_lock)
        {
            _total++;
            _perFile.TryGetValue(problem.Path, out var count);
            _perFile[problem.Path] = count + 1;
            if (count < PerFileLimit || problem.Kind is ReadProblemKind.NotClef or ReadProblemKind.Unreadable or ReadProblemKind.DamagedArchive)
                _report(problem);
        }
    }

    /// <summary>Called when a file is finished: reports how many of its problems were only counted.</summary>
    /// <param name="path">The file.</param>
    public void EndFile(string path)
    {
        lock (_lock)
        {
            if (_perFile.Remove(path, out var count) && count > PerFileLimit)
                _report(new ReadProblem(path, null, ReadProblemKind.MoreProblems, $"{count - PerFileLimit} more invalid lines skipped ({count} in all)"));
        }
    }
}
