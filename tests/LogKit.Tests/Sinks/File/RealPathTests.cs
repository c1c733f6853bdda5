using LogKit.Sinks.File;
using LogKit.Tests.Support;

namespace LogKit.Tests.Sinks.File;

public class RealPathTests
{
    [Fact]
    public void ResolvesASymlinkedFolder()
    {
        using var folder = TempFolder.ForCaller();
        var logs = Directory.CreateDirectory(folder.File("logs")).FullName;
        Directory.CreateSymbolicLink(folder.File("alias"), logs);

        RealPath.Of(folder.File("alias/app.log")).Should().Be(RealPath.Of(Path.Combine(logs, "app.log")));
    }

    [Fact]
    public void ResolvesASymlinkToTheFileAndARelativeLinkTarget()
    {
        using var folder = TempFolder.ForCaller();
        Directory.CreateDirectory(folder.File("logs"));
        System.IO.File.WriteAllText(folder.File("logs/app.log"), "");
        System.IO.File.CreateSymbolicLink(folder.File("current.log"), "logs/app.log");

        RealPath.Of(folder.File("current.log")).Should().Be(RealPath.Of(folder.File("logs/app.log")));
    }

    [Fact]
    public void ResolvesLinksInsideLinkTargets()
    {
        using var folder = TempFolder.ForCaller();
        Directory.CreateDirectory(folder.File("a/logs"));
        Directory.CreateSymbolicLink(folder.File("b"), folder.File("a"));
        Directory.CreateSymbolicLink(folder.File("c"), folder.File("b/logs"));

        RealPath.Of(folder.File("c/app.log")).Should().Be(RealPath.Of(folder.File("a/logs/app.log")));
    }

    [Fact]
    public void KeepsPartsThatDoNotExistYetAsWritten()
    {
        using var folder = TempFolder.ForCaller();
        var real = RealPath.Of(folder.Path);

        RealPath.Of(folder.File("not/yet/app.log")).Should().Be(Path.Combine(real, "not", "yet", "app.log"));
    }

    [Fact]
    public void NormalisesDotSegmentsAndRepeatedSeparators()
    {
        using var folder = TempFolder.ForCaller();
        Directory.CreateDirectory(folder.File("logs"));

        RealPath.Of(folder.Path + "/logs//../logs/./app.log").Should().Be(RealPath.Of(folder.File("logs/app.log")));
    }

    [Fact]
    public void ALinkLoopEndsInsteadOfRecursingForEver()
    {
        using var folder = TempFolder.ForCaller();
        Directory.CreateSymbolicLink(folder.File("x"), folder.File("y"));
        Directory.CreateSymbolicLink(folder.File("y"), folder.File("x"));

        FluentActions.Invoking(() => RealPath.Of(folder.File("x/app.log"))).Should().NotThrow();
    }
}
