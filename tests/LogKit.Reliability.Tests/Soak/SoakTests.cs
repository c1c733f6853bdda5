using System.Diagnostics;
using System.Text.Json;
using LogKit.Reliability.Tests.Support;
using Xunit.Abstractions;

namespace LogKit.Reliability.Tests.Soak;

/// <summary>
/// The soak run for one minute (tests/soak/soak.sh runs it for ten): steady logging to a rolling gzip
/// log with retention, an audit log on a small disk and a sink that fails, while faults come and go.
/// Every sink's counters reconcile, each sink's output matches its counts, and handles and threads
/// stay flat; the run's own checks are in its report.
/// </summary>
public sealed class SoakTests(ITestOutputHelper output)
{
    [RequiresSoakTmpfsFact]
    public async Task OneMinuteOfLoggingWithFaultsLosesNothingUncountedAndLeaksNothing()
    {
        var mount = RequiresSoakTmpfsFactAttribute.MountPoint ?? throw new InvalidOperationException("CI=true and LOGKIT_SOAK_TMPFS is not a mounted folder: .ci/run mounts it");
        using var folder = TempFolder.ForCaller();
        using var process = Process.Start(SoakProcess.StartInfo(["soak", "--seconds", "60", "--out", folder.Path, "--tmpfs", mount, "--rate", "500"]))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the soak run did not end within 3 minutes");
        }
        output.WriteLine(await stdout);

        process.ExitCode.Should().Be(0, await stderr + await stdout);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Path, "report.json")));
        var root = report.RootElement;
        root.GetProperty("Failures").GetArrayLength().Should().Be(0);
        root.GetProperty("Logged").GetInt64().Should().BeGreaterThan(25_000, "500 events/s for a minute");
        root.GetProperty("Thrown").GetInt64().Should().BeGreaterThan(0, "the throwing sink failed for a while");
        root.GetProperty("Audit").GetProperty("Failed").GetInt64().Should().BeGreaterThan(0, "the full disk failed some audit writes, and they were counted");
        root.GetProperty("RssMaxMegabytes").GetDouble().Should().BeLessThan(300);
        File.Exists(Path.Combine(folder.Path, "memory.svg")).Should().BeTrue();
    }
}
