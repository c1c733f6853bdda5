namespace LogKit.Soak;

/// <param name="Duration">How long to log.</param>
/// <param name="Output">Where the logs, the samples (CSV), the report (JSON) and the plot (SVG) go.</param>
/// <param name="Tmpfs">A small file system the run may fill (a 4 MB tmpfs); without one, the disk-full fault is left out.</param>
/// <param name="Rate">Events per second, steady.</param>
public sealed record SoakSettings(TimeSpan Duration, string Output, string? Tmpfs, int Rate);
