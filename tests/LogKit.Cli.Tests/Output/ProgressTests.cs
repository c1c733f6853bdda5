using LogKit.Cli.Output;
using Microsoft.Extensions.Time.Testing;

namespace LogKit.Cli.Tests.Output;

public sealed class ProgressTests
{
    [Fact]
    public void DrawsBytesReadOfTotalOnATerminalAfterASecondAndErasesItself()
    {
        var clock = new FakeTimeProvider();
        var error = new StringWriter();
        long read = 0;

        using (new Progress(error, enabled: true, () => read, 10 * 1048576, clock))
        {
            read = 1048576;
            clock.Advance(TimeSpan.FromMilliseconds(900));
            error.ToString().Should().BeEmpty("short scans draw nothing");
            read = 5 * 1048576;
            clock.Advance(TimeSpan.FromMilliseconds(200));
            error.ToString().Should().Contain("5.0 of 10.0 MB read (50%)");
        }

        error.ToString().Should().EndWith("\r");
    }

    [Fact]
    public void DrawsNothingWhenStandardErrorIsNotATerminal()
    {
        var clock = new FakeTimeProvider();
        var error = new StringWriter();

        using (new Progress(error, enabled: false, () => 1, 10, clock))
            clock.Advance(TimeSpan.FromSeconds(5));

        error.ToString().Should().BeEmpty();
    }
}
