namespace LogKit.Cli.Reading;

/// <summary>What was wrong with part of an input; reading always goes on past it.</summary>
public enum ReadProblemKind
{
    /// <summary>The last line of a file ends without a newline and is not a whole event (a crash mid-write).</summary>
    TornLine,
    /// <summary>A line that is not a JSON object, or not a CLEF event (no valid <c>@t</c>).</summary>
    InvalidLine,
    /// <summary>A line longer than the reader's limit; skipped without being held in memory.</summary>
    LineTooLong,
    /// <summary>The file's first lines are none of them CLEF: the rest of the file is skipped.</summary>
    NotClef,
    /// <summary>A <c>.gz</c> archive that ends early or is corrupt: the events before the damage are kept.</summary>
    DamagedArchive,
    /// <summary>The file could not be opened or read (permissions, deleted, I/O error).</summary>
    Unreadable,
    /// <summary>More problems in one file than are reported one by one; counted.</summary>
    MoreProblems,
}

/// <summary>A problem met while reading, named by file and line.</summary>
/// <param name="Path">The file.</param>
/// <param name="LineNumber">The 1-based line, or null when the problem is the whole file's.</param>
/// <param name="Kind">What kind of problem.</param>
/// <param name="Message">What was wrong, for a person.</param>
public sealed record ReadProblem(string Path, long? LineNumber, ReadProblemKind Kind, string Message)
{
    /// <summary>The problem as one line: <c>path:line: message</c>.</summary>
    public override string ToString() => LineNumber is { } line ? $"{Path}:{line}: {Message}" : $"{Path}: {Message}";
}
