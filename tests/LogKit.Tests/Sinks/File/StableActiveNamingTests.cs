using LogKit.Tests.Support;
using Serilog;

namespace LogKit.Tests.Sinks.File;

public class StableActiveNamingTests
{
    [Fact]
    public void TheActiveFileKeepsItsNameAndRolledFilesAreNumbered()
    {
        using var folder = TempFolder.ForCaller();
        using (var log = new FileTestPipeline(folder.File("app.log"), o => { o.Naming = FileNaming.StableActive; o.MaxFileSize = 300; o.RetainedFileCount = null; }))
        {
            for (var i = 0; i < 10; i++)
                log.Logger.Information("Event {Number} {Padding}", i, new string('x', 300));
            log.Sink.ActivePath.Should().Be(folder.File("app.log"));
        }

        DirectoryAssert.HasFiles(folder.Path, "app.log", "app.1.log", "app.2.log", "app.3.log", "app.4.log", "app.5.log", "app.6.log", "app.7.log", "app.8.log", "app.9.log");
        LogFiles.ParseClef(LogFiles.ReadLines(folder.File("app.1.log"))[0]).GetProperty("Number").GetInt32().Should().Be(0);
        LogFiles.ParseClef(LogFiles.ReadLines(folder.File("app.log"))[0]).GetProperty("Number").GetInt32().Should().Be(9);
    }

    [Fact]
    public void RolledStableFilesAreCompressedAndRetained()
    {
        using var folder = TempFolder.ForCaller();
        using (var log = new FileTestPipeline(folder.File("app.log"), o =>
               {
                   o.Naming = FileNaming.StableActive;
                   o.MaxFileSize = 300;
                   o.RetainedFileCount = 3;
                   o.Compression = FileCompression.GZip;
               }))
        {
            for (var i = 0; i < 10; i++)
                log.Logger.Information("Event {Number} {Padding}", i, new string('x', 300));
            log.Settle();
        }

        DirectoryAssert.HasFiles(folder.Path, "app.log", "app.8.log.gz", "app.9.log.gz");
    }

    [Fact]
    public void AStaleActiveFileIsRolledAtStartUp()
    {
        using var folder = TempFolder.ForCaller();
        System.IO.File.WriteAllText(folder.File("app.log"), "{}\n");
        System.IO.File.SetLastWriteTimeUtc(folder.File("app.log"), new DateTime(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc));
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);

        using (var log = new FileTestPipeline(folder.File("app.log"), o => { o.Naming = FileNaming.StableActive; o.RollingInterval = RollingInterval.Day; }, clock))
            log.Logger.Information("today");

        DirectoryAssert.HasFilesWithLineCounts(folder.Path, ("app.1.log", 1), ("app.log", 1));
    }

    [Fact]
    public void AFailedStableRenameFallsBackToRollForwardNamesAndKeepsRolling()
    {
        using var folder = TempFolder.ForCaller();
        Directory.CreateDirectory(folder.File("app.1.log"));   // the rename target is taken: the rename fails
        using (var log = new FileTestPipeline(folder.File("app.log"), o => { o.Naming = FileNaming.StableActive; o.MaxFileSize = 300; o.RetainedFileCount = null; }))
        {
            for (var i = 0; i < 6; i++)
                log.Logger.Information("Event {Number} {Padding}", i, new string('x', 300));
        }

        new FileInfo(folder.File("app.log")).Length.Should().BeLessThan(1000, "app.log stopped growing at the first roll");
        LogFiles.Names(folder.Path).Should().Contain(["app_001.log", "app_002.log"]);
        LogFiles.ReadAllLines(folder.Path).Should().HaveCount(6);
    }
}
