using LogKit.TestApp;
using LogKit.Tests.Support;

namespace LogKit.Tests.Sinks;

public class ConsoleSinkTests
{
    const string Escape = "\u001b[";

    [Fact]
    public async Task RedirectedOutputHasNoAnsiCodes()
    {
        var child = await ChildProcess.RunAsync([Scenarios.ConsoleColours]);

        child.StandardOutput.Should().Contain("Plain 42").And.NotContain(Escape);
    }

    [Fact]
    public async Task TheThemeColoursOutputWhenAskedTo()
    {
        var child = await ChildProcess.RunAsync([Scenarios.ConsoleColours, "--force-colour"]);

        child.StandardOutput.Should().Contain(Escape).And.Contain("42");
    }

    [Fact]
    public async Task NoColorWinsOverEverything()
    {
        var child = await ChildProcess.RunAsync([Scenarios.ConsoleColours, "--force-colour"], new Dictionary<string, string?> { ["NO_COLOR"] = "1" });

        child.StandardOutput.Should().Contain("Plain 42").And.NotContain(Escape);
    }

    [Fact]
    public async Task WarningsAndAboveCanGoToStandardError()
    {
        var child = await ChildProcess.RunAsync([Scenarios.ConsoleColours, "--stderr"]);

        child.StandardOutput.Should().Contain("Plain 42").And.NotContain("Watch");
        child.StandardError.Should().Contain("Watch out").And.NotContain("Plain");
    }

    [Fact]
    public async Task WithoutTheOptionEverythingGoesToStandardOutput()
    {
        var child = await ChildProcess.RunAsync([Scenarios.ConsoleColours]);

        child.StandardOutput.Should().Contain("Plain 42").And.Contain("Watch out");
        child.StandardError.Should().BeEmpty();
    }
}
