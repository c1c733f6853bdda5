namespace LogKit;

/// <summary>How a rolling log names its files.</summary>
public enum FileNaming
{
    /// <summary>
    /// Serilog.Sinks.File's names, so existing tools keep working: <c>app.log</c>, <c>app_001.log</c>,
    /// <c>app_002.log</c> when rolling by size; <c>app20261125.log</c>, <c>app20261125_001.log</c> with
    /// an interval. A new file is opened at each roll and nothing is renamed. The default.
    /// </summary>
    RollForward,

    /// <summary>
    /// The active file is always <c>app.log</c>, so tools can follow one name; at each roll it is renamed
    /// to <c>app.1.log</c>, <c>app.2.log</c>, ... (higher is newer). If the rename fails, the sink
    /// falls back to <see cref="RollForward"/> names for the new file.
    /// </summary>
    StableActive,
}
