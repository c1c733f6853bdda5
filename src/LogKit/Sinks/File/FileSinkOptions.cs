using Serilog;
using Serilog.Formatting;
using Serilog.Sinks.File;

namespace LogKit;

/// <summary>Options of the rolling file sink added by <see cref="LogPipeline.AddFile(string, Action{FileSinkOptions})"/>.</summary>
public sealed class FileSinkOptions : QueuedSinkOptions
{
    /// <summary>The default text output template (used with <see cref="LogFormat.Text"/>).</summary>
    public const string DefaultOutputTemplate = "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {Message:lj}{NewLine}{Exception}";

    /// <summary>
    /// Roll to a new file when the current one reaches this size. Default <b>100 MB</b>; null never rolls
    /// by size. A file exceeds it only by the one event that crossed it; an event larger than the limit
    /// is written whole into a file of its own.
    /// </summary>
    public FileSize? MaxFileSize { get; set; } = FileSize.Parse("100 MB");

    /// <summary>Also roll at each interval boundary (LogKit's <see cref="LogKit.RollingInterval"/>, named as Serilog's). Default <see cref="RollingInterval.Infinite"/>: never by time.</summary>
    public RollingInterval RollingInterval { get; set; } = RollingInterval.Infinite;

    /// <summary>
    /// Whether interval boundaries (midnight, the hour) are in the clock's local time zone (true, the
    /// default, as Serilog.Sinks.File) or in UTC (false). Dates in file names follow the same choice.
    /// </summary>
    public bool RollOnLocalTime { get; set; } = true;

    /// <summary>
    /// Keep at most this many files of this log, the active one and archives included. Default <b>31</b>;
    /// null keeps any number.
    /// </summary>
    public int? RetainedFileCount { get; set; } = 31;

    /// <summary>Delete files of this log last written longer ago than this. Default null: no age limit.</summary>
    public TimeSpan? RetainedFor { get; set; }

    /// <summary>
    /// Delete the oldest files of this log while all of them together (the active one and archives
    /// included) are larger than this. Default null: no total limit. The active file is never deleted.
    /// </summary>
    public FileSize? RetainedTotalSize { get; set; }

    /// <summary>Compress rolled files. Default <see cref="FileCompression.None"/>.</summary>
    public FileCompression Compression { get; set; } = FileCompression.None;

    /// <summary>How files are named as they roll. Default <see cref="FileNaming.RollForward"/> (Serilog.Sinks.File's names).</summary>
    public FileNaming Naming { get; set; } = FileNaming.RollForward;

    /// <summary>CLEF (the default) or text with <see cref="OutputTemplate"/>. Ignored when <see cref="Formatter"/> is set.</summary>
    public LogFormat Format { get; set; } = LogFormat.Clef;

    /// <summary>The output template of <see cref="LogFormat.Text"/>. Default <see cref="DefaultOutputTemplate"/>.</summary>
    public string OutputTemplate { get; set; } = DefaultOutputTemplate;

    /// <summary>Culture-specific formatting for <see cref="LogFormat.Text"/>. Default null: the current culture.</summary>
    public IFormatProvider? FormatProvider { get; set; }

    /// <summary>Any Serilog formatter, instead of <see cref="Format"/>, for example an <c>ExpressionTemplate</c>. Default null.</summary>
    public ITextFormatter? Formatter { get; set; }

    /// <summary>
    /// Force written data to the disk (fsync) at this interval. Default null: each batch is handed to the
    /// operating system as soon as it is written, which survives a process crash but not a power loss.
    /// </summary>
    public TimeSpan? FlushToDiskInterval { get; set; }

    /// <summary>Serilog.Sinks.File lifecycle hooks (<c>OnFileOpened</c>, <c>OnFileDeleting</c>), for headers or custom archiving. Default null.</summary>
    public FileLifecycleHooks? Hooks { get; set; }

    /// <summary>
    /// Let several processes append to the same file. Default false. Each batch then takes a
    /// machine-wide lock and seeks to the end of the file, which costs throughput (see the benchmarks).
    /// Requires <see cref="FileNaming.RollForward"/> naming.
    /// </summary>
    public bool Shared { get; set; }

    /// <summary>Test seam: watches the maintenance track. Null in production.</summary>
    internal Sinks.File.MaintenanceProbe? MaintenanceProbe { get; set; }

    internal void Validate()
    {
        ValidateQueue();
        if (MaxFileSize is { Bytes: < 1 })
            throw new ArgumentException("MaxFileSize must be at least 1 byte, or null to never roll by size; for example FileSize.Parse(\"100 MB\").", nameof(MaxFileSize));
        if (!Enum.IsDefined(RollingInterval))
            throw new ArgumentException($"RollingInterval {RollingInterval} is not defined; use Infinite, Year, Month, Day, Hour or Minute.", nameof(RollingInterval));
        if (RetainedFileCount is < 1)
            throw new ArgumentException($"RetainedFileCount must be at least 1 (it was {RetainedFileCount}), or null to keep any number; the default is 31.", nameof(RetainedFileCount));
        if (RetainedFor is { } age && age <= TimeSpan.Zero)
            throw new ArgumentException($"RetainedFor must be positive (it was {age}), or null; for example Duration.Parse(\"14 days\").", nameof(RetainedFor));
        if (RetainedTotalSize is { Bytes: < 1 })
            throw new ArgumentException("RetainedTotalSize must be at least 1 byte, or null; for example FileSize.Parse(\"2 GB\").", nameof(RetainedTotalSize));
        if (!Enum.IsDefined(Compression))
            throw new ArgumentException($"Compression {Compression} is not defined; use None or GZip.", nameof(Compression));
        if (!Enum.IsDefined(Naming))
            throw new ArgumentException($"Naming {Naming} is not defined; use RollForward or StableActive.", nameof(Naming));
        if (!Enum.IsDefined(Format))
            throw new ArgumentException($"Format {Format} is not defined; use Clef or Text.", nameof(Format));
        if (Formatter is null && Format == LogFormat.Text && string.IsNullOrEmpty(OutputTemplate))
            throw new ArgumentException($"OutputTemplate is empty; leave the default (\"{DefaultOutputTemplate}\") or set one.", nameof(OutputTemplate));
        if (Shared && Naming == FileNaming.StableActive)
            throw new ArgumentException("Shared = true needs Naming = FileNaming.RollForward: stable-active names rename the active file, which other processes still have open.", nameof(Naming));
        if (FlushToDiskInterval is { } interval && interval <= TimeSpan.Zero)
            throw new ArgumentException($"FlushToDiskInterval must be positive (it was {interval}), or null.", nameof(FlushToDiskInterval));
    }
}
