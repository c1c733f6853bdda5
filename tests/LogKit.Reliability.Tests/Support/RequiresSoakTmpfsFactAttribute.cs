namespace LogKit.Reliability.Tests.Support;

/// <summary>
/// A test that fills a small file system of its own (a tmpfs named by LOGKIT_SOAK_TMPFS; .ci/run mounts
/// one, apart from the unit tests' LOGKIT_TEST_TMPFS so that the two never fill each other's disk).
/// Under CI=true the test always runs, and fails if the mount is missing; elsewhere it is skipped
/// without one.
/// </summary>
public sealed class RequiresSoakTmpfsFactAttribute : FactAttribute
{
    public static string? MountPoint { get; } = Environment.GetEnvironmentVariable("LOGKIT_SOAK_TMPFS") is { Length: > 0 } path && Directory.Exists(path) ? path : null;

    public RequiresSoakTmpfsFactAttribute()
    {
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (MountPoint is null && !inCi)
            Skip = "needs a small tmpfs to fill: mount one and set LOGKIT_SOAK_TMPFS (as .ci/run does)";
    }
}
