using LogKit.Cli.Reading;
using LogKit.Cli.Tests.Support;

namespace LogKit.Cli.Tests.Reading;

public sealed class LogPathResolverTests
{
    [Fact]
    public void AFolderGivesEachLogInItMergedByTimestamp()
    {
        using var folder = TempFolder.ForCaller();
        Clef.WriteFile(folder.File("api.log"), [0, 2, 4]);
        Clef.WriteFile(folder.File("api_001.log.gz"), [6, 8]);
        Clef.WriteFile(folder.File("worker.log"), [1, 3, 5, 7]);

        var logs = LogPathResolver.Resolve([folder.Path]);
        logs.Select(l => Path.GetFileName(l.Name)).Should().Equal("api.log", "worker.log");

        Clef.Numbers(Tool.Run("query", folder.Path, "-o", "clef").Out).Should().Equal(0, 1, 2, 3, 4, 5, 6, 7, 8);
    }

    [Fact]
    public void AFolderLeavesOutTheFileSinksLockAndPartialArchives()
    {
        using var folder = TempFolder.ForCaller();
        Clef.WriteFile(folder.File("app.log"), [0]);
        File.WriteAllText(folder.File("app.log.lock"), "12345");
        File.WriteAllText(folder.File("app_001.log.gz.12345-1.tmp"), "partial");

        var result = Tool.Run("query", folder.Path, "-o", "clef");

        Clef.Numbers(result.Out).Should().Equal(0);
        result.Error.Should().BeEmpty();
    }

    [Fact]
    public void AGlobMatchesFilesBelowItsRoot()
    {
        using var folder = TempFolder.ForCaller();
        Clef.WriteFile(folder.File("a/app.log"), [0]);
        Clef.WriteFile(folder.File("a/app_001.log.gz"), [1]);
        Clef.WriteFile(folder.File("b/app.log"), [2]);

        Clef.Numbers(Tool.Run("query", Path.Combine(folder.Path, "**", "*.gz"), "-o", "clef").Out).Should().Equal(1);
        Clef.Numbers(Tool.Run("query", Path.Combine(folder.Path, "*", "app.log"), "-o", "clef").Out).Should().Equal(0, 2);
    }

    [Fact]
    public void ABaseNameThatIsNoFileStillNamesItsRolledFiles()
    {
        using var folder = TempFolder.ForCaller();
        Clef.WriteFile(folder.File("app20261124.log.gz"), [0]);
        Clef.WriteFile(folder.File("app20261125.log"), [1]);

        Clef.Numbers(Tool.Run("query", folder.File("app.log"), "-o", "clef").Out).Should().Equal(0, 1);
    }

    [Fact]
    public void ARolledFileNamedOnItsOwnIsJustThatFile()
    {
        using var folder = TempFolder.ForCaller();
        Clef.WriteFile(folder.File("app.log"), [0]);
        Clef.WriteFile(folder.File("app_001.log"), [1]);

        Clef.Numbers(Tool.Run("query", folder.File("app_001.log"), "-o", "clef").Out).Should().Equal(1);
    }

    [Fact]
    public void DashReadsStandardInput()
    {
        var result = Tool.Run(new CliOptions { Stdin = Clef.Events([3, 4]) }, "query", "-", "-o", "clef");

        Clef.Numbers(result.Out).Should().Equal(3, 4);
    }

    [Fact]
    public void APathThatMatchesNothingIsAUsageError()
    {
        using var folder = TempFolder.ForCaller();

        var result = Tool.Run("query", folder.File("missing.log"));

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("missing.log").And.Contain("no such file");
        Tool.Run("query", folder.File("*.nothing")).ExitCode.Should().Be(2);
    }
}
