using Serilog.Events;

namespace LogKit;

/// <summary>Settings of a <see cref="LogPipeline"/>, fixed when it is created.</summary>
public sealed class LogPipelineOptions
{
    /// <summary>
    /// The clock events are stamped with and time-based sink logic (rolling, retention) reads.
    /// Default <see cref="TimeProvider.System"/>; tests pass a fake clock.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The pipeline's initial <see cref="LogPipeline.MinimumLevel"/>. Default <see cref="LogEventLevel.Information"/>.</summary>
    public LogEventLevel MinimumLevel { get; set; } = LogEventLevel.Information;

    /// <summary>
    /// How long the process-exit hook waits for this pipeline's sinks to drain. Default 10 seconds.
    /// </summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Whether the pipeline flushes itself when the process exits normally or dies of an unhandled
    /// exception. Default true.
    /// </summary>
    public bool FlushOnProcessExit { get; set; } = true;

    /// <summary>
    /// What the pipeline redacts: on by default (see <see cref="RedactionOptions"/>). The pipeline copies these
    /// settings when it is created; change them later through <see cref="LogPipeline.Redaction"/>.
    /// </summary>
    public RedactionOptions Redaction { get; } = new();
}
