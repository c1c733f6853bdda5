using LogKit.TestApp;
using LogKit.Tests.Support;

namespace LogKit.Tests.Pipeline;

public class ProcessExitTests
{
    [Fact]
    public async Task AProgramThatNeverFlushesLosesNothingOnANormalExit()
    {
        var child = await ChildProcess.RunAsync([Scenarios.ConsoleExitWithoutFlush, "5000"]);

        child.ExitCode.Should().Be(0, child.StandardError);
        var lines = child.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(5000);
        lines[^1].Should().EndWith("Event 4999");
    }

    [Fact]
    public async Task AnUnhandledExceptionStillWritesEverythingLoggedBeforeIt()
    {
        var child = await ChildProcess.RunAsync([Scenarios.UnhandledException, "2000"]);

        child.ExitCode.Should().NotBe(0);
        child.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2000);
    }
}
