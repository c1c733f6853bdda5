namespace LogKit.Sinks.File;

/// <summary>
/// The seam through which tests watch a file sink's maintenance track (compression, retention):
/// hold each job back, or wait until the queued jobs have run. Set on
/// <see cref="FileSinkOptions.MaintenanceProbe"/> (internal); production code never sets it.
/// </summary>
internal sealed class MaintenanceProbe
{
    Func<Task>? _idle;

    /// <summary>Runs on the maintenance track before each job.</summary>
    public Action? BeforeJob { get; set; }

    /// <summary>Completes when every job queued so far has run (at once if no sink uses this probe).</summary>
    public Task Idle => _idle?.Invoke() ?? Task.CompletedTask;

    internal void Attach(Func<Task> idle) => _idle = idle;
}
