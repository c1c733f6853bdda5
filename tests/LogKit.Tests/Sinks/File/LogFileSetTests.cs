using LogKit.Sinks.File;
using LogKit.Tests.Support;
using Serilog;

namespace LogKit.Tests.Sinks.File;

public class LogFileSetTests
{
    [Fact]
    public void ListsOnlyThisLogsFilesNewestFirst()
    {
        using var folder = TempFolder.ForCaller();
        foreach (var name in new[] { "app.log", "app_001.log", "app_002.log", "app.log.lock", "other.log", "app_001.log.tmp", "notes.txt" })
            System.IO.File.WriteAllText(folder.File(name), name);

        var files = LogFileSet.List(new PathRoller(folder.File("app.log"), RollingInterval.Infinite, FileNaming.RollForward));

        files.Select(f => f.Name.Name).Should().Equal("app_002.log", "app_001.log", "app.log");
        files[0].PlainPath.Should().Be(folder.File("app_002.log"));
        files[0].Length.Should().Be("app_002.log".Length);
    }

    [Fact]
    public void AFileBeingCompressedIsOneEntryWithBothPathsAndTheirSizesAdded()
    {
        using var folder = TempFolder.ForCaller();
        System.IO.File.WriteAllText(folder.File("app_001.log"), "12345");
        System.IO.File.WriteAllText(folder.File("app_001.log.gz"), "123");

        var entry = LogFileSet.List(new PathRoller(folder.File("app.log"), RollingInterval.Infinite, FileNaming.RollForward)).Should().ContainSingle().Subject;

        entry.PlainPath.Should().Be(folder.File("app_001.log"));
        entry.ArchivePath.Should().Be(folder.File("app_001.log.gz"));
        entry.Length.Should().Be(8);
        entry.Name.IsArchive.Should().BeFalse();
    }

    [Fact]
    public void AMissingFolderIsAnEmptyLog()
    {
        using var folder = TempFolder.ForCaller();

        LogFileSet.List(new PathRoller(folder.File("missing/app.log"), RollingInterval.Day, FileNaming.RollForward)).Should().BeEmpty();
    }
}
