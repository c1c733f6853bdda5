using System.Text.Json;
using LogKit.TestApp;
using LogKit.Tests.Support;

namespace LogKit.Tests.Pipeline;

/// <summary>
/// SIGTERM, as containers, systemd and Kubernetes send it. Since .NET 10 it raises no ProcessExit, so
/// only LogKit's own signal handler (or a host's) stands between the queued events and a lost tail.
/// </summary>
public class TerminationSignalTests
{
    const int Events = 200_000;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EveryEventLoggedBeforeSigTermIsInTheFile(bool privatePipeline)
    {
        using var folder = TempFolder.ForCaller();
        var path = folder.File("app.log");
        string[] arguments = privatePipeline ? [Scenarios.SigTerm, path, Events.ToString(), "--private"] : [Scenarios.SigTerm, path, Events.ToString()];

        var child = await ChildProcess.RunAsync(arguments, timeout: TimeSpan.FromSeconds(120));

        child.StandardOutput.Should().Contain("sending SIGTERM", child.StandardError);
        child.ExitCode.Should().Be(128 + 15, "the default termination goes on after the flush (LogKit does not cancel the signal)");
        AssertEveryEvent(path);
    }

    [Fact]
    public async Task UnderAGenericHostTheHostHandlesTheSignalAndEveryEventIsInTheFile()
    {
        using var folder = TempFolder.ForCaller();
        var path = folder.File("app.log");

        var child = await ChildProcess.RunAsync([Scenarios.HostSigTerm, path, Events.ToString()], timeout: TimeSpan.FromSeconds(120));

        // The host's console lifetime cancelled the signal and stopped the application: a normal exit.
        child.ExitCode.Should().Be(0, child.StandardError);
        child.StandardOutput.Should().Contain("host stopped");
        AssertEveryEvent(path);
    }

    static void AssertEveryEvent(string path)
    {
        var numbers = new bool[Events];
        foreach (var line in LogFiles.ReadLines(path))
        {
            using var clef = JsonDocument.Parse(line);   // no torn line
            if (clef.RootElement.TryGetProperty("Number", out var number))   // a host also logs its own start and stop
                numbers[number.GetInt32()] = true;
        }
        numbers.Count(seen => !seen).Should().Be(0, "every event whose logging call had returned is written");
    }
}
