namespace LogKit.Serve.Tests.Support;

/// <summary>
/// A test that drives a real Chromium (Debian's <c>chromium</c>; <c>.ci/run</c> installs it, or set CHROMIUM_PATH).
/// Under CI=true it always runs, and fails when the browser is missing; elsewhere it is skipped with the reason.
/// </summary>
public sealed class RequiresChromiumFactAttribute : FactAttribute
{
    public RequiresChromiumFactAttribute()
    {
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (Chromium.ExecutablePath is null && !inCi)
            Skip = "needs Chromium: apt-get install -y chromium (or set CHROMIUM_PATH); under CI=true this test fails instead";
    }
}
