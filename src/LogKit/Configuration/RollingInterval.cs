namespace LogKit;

/// <summary>
/// When the file sink also starts a new file by time (<see cref="FileSinkOptions.RollingInterval"/>).
/// LogKit's own type, with the same members and file-name dates as Serilog.Sinks.File's
/// <c>Serilog.RollingInterval</c>, so that time rolling never needs <c>using Serilog;</c>.
/// </summary>
public enum RollingInterval
{
    /// <summary>Never roll by time: only by size, if <see cref="FileSinkOptions.MaxFileSize"/> is set.</summary>
    Infinite,

    /// <summary>A new file each calendar year (<c>app2026.log</c>).</summary>
    Year,

    /// <summary>A new file each calendar month (<c>app202611.log</c>).</summary>
    Month,

    /// <summary>A new file each day (<c>app20261125.log</c>).</summary>
    Day,

    /// <summary>A new file each hour (<c>app2026112514.log</c>).</summary>
    Hour,

    /// <summary>A new file each minute (<c>app202611251430.log</c>).</summary>
    Minute,
}
