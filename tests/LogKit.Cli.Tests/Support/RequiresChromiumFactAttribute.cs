namespace LogKit.Cli.Tests.Support;

/// <summary>
/// A test that drives Debian's headless Chromium (<c>.ci/run</c> installs it). Under CI=true it always runs and
/// fails when Chromium is missing; elsewhere it is skipped with the reason.
/// </summary>
public sealed class RequiresChromiumFactAttribute : FactAttribute
{
    public static string? Executable { get; } = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);

    public RequiresChromiumFactAttribute()
    {
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (Executable is null && !inCi)
            Skip = "needs Debian's chromium for the HTML report test: apt-get install -y chromium (as .ci/run does)";
    }
}
