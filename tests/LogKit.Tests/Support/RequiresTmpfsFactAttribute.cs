namespace LogKit.Tests.Support;

/// <summary>
/// A test that needs a small, separately mounted file system it can fill (a tmpfs), named by the
/// LOGKIT_TEST_TMPFS environment variable; <c>.ci/run</c> mounts one. Under CI=true the test always
/// runs, and fails if the mount is missing; elsewhere it is skipped when there is no mount.
/// </summary>
public sealed class RequiresTmpfsFactAttribute : FactAttribute
{
    public static string? MountPoint { get; } = Environment.GetEnvironmentVariable("LOGKIT_TEST_TMPFS") is { Length: > 0 } path && Directory.Exists(path) ? path : null;

    public RequiresTmpfsFactAttribute()
    {
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (MountPoint is null && !inCi)
            Skip = "needs a small tmpfs to fill: mount one and set LOGKIT_TEST_TMPFS (as .ci/run does)";
    }
}
