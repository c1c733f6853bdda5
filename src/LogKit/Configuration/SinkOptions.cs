using Serilog.Events;

namespace LogKit;

/// <summary>
/// Options every sink has: its own minimum level, an optional filter and a name. Settings are
/// read when the sink is added; change the level later through <see cref="LogSinkHandle.MinimumLevel"/>.
/// </summary>
public class SinkOptions
{
    /// <summary>
    /// The lowest level this sink receives. Default <see cref="LogEventLevel.Verbose"/>: everything
    /// that passes the pipeline's own <see cref="LogPipeline.MinimumLevel"/>.
    /// </summary>
    public LogEventLevel MinimumLevel { get; set; } = LogEventLevel.Verbose;

    /// <summary>
    /// An optional predicate; the sink receives only events for which it returns true. Default null
    /// (no filter). A filter that throws counts the event as failed for this sink only.
    /// </summary>
    public Func<LogEvent, bool>? Filter { get; set; }

    /// <summary>
    /// A name for the sink, shown in self-log messages and <see cref="LogPipeline.Sinks"/>.
    /// Default: derived from the sink's kind, for example <c>console</c> or <c>file:app.log</c>.
    /// </summary>
    public string? Name { get; set; }
}
