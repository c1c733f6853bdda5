using LogKit.Tests.Support;

namespace LogKit.Tests.Sinks.File;

public class RetentionTests
{
    static readonly string[] s_notThisLog = ["other.log", "app-other.log", "app.log.bak", "app_1.log", "app_001.txt", "notes.txt", "app2026.log"];

    static void CreateStrangers(TempFolder folder)
    {
        foreach (var name in s_notThisLog)
            System.IO.File.WriteAllText(folder.File(name), "not a LogKit file\n");
    }

    [Fact]
    public void KeepsAtMostTheRetainedCountAfterEveryRollAndNeverTouchesOtherFiles()
    {
        using var folder = TempFolder.ForCaller();
        CreateStrangers(folder);
        using var log = new FileTestPipeline(folder.File("app.log"), o => { o.MaxFileSize = 200; o.RetainedFileCount = 3; });

        for (var i = 0; i < 20; i++)
        {
            log.Logger.Information("Event {Number} {Padding}", i, new string('x', 200));
            log.Settle();
            LogFiles.Names(folder.Path).Except(s_notThisLog).Should().HaveCountLessThanOrEqualTo(3);
            LogFiles.Names(folder.Path).Should().Contain(Path.GetFileName(log.Sink.ActivePath!));
        }

        LogFiles.Names(folder.Path).Except(s_notThisLog).Should().Equal("app_017.log", "app_018.log", "app_019.log");
        LogFiles.Names(folder.Path).Should().Contain(s_notThisLog);
    }

    [Fact]
    public void DeletesFilesLastWrittenLongerAgoThanRetainedFor()
    {
        using var folder = TempFolder.ForCaller();
        CreateStrangers(folder);
        using var log = new FileTestPipeline(folder.File("app.log"), o => { o.MaxFileSize = 100; o.RetainedFor = TimeSpan.FromDays(2); o.RetainedFileCount = null; });
        for (var i = 0; i < 3; i++)
            log.Logger.Information("Event {Number} {Padding}", i, new string('x', 100));
        log.Settle();
        DirectoryAssert.HasFiles(folder.Path, [.. s_notThisLog, "app.log", "app_001.log", "app_002.log"]);

        // Age the first two files, as if written three days before the clock's now.
        var old = log.Clock.GetUtcNow().UtcDateTime - TimeSpan.FromDays(3);
        System.IO.File.SetLastWriteTimeUtc(folder.File("app.log"), old);
        System.IO.File.SetLastWriteTimeUtc(folder.File("app_001.log"), old);
        foreach (var stranger in s_notThisLog)
            System.IO.File.SetLastWriteTimeUtc(folder.File(stranger), old);

        log.Logger.Information("Roll {Padding}", new string('x', 100));
        log.Settle();

        DirectoryAssert.HasFiles(folder.Path, [.. s_notThisLog, "app_002.log", "app_003.log"]);
    }

    [Fact]
    public void KeepsTheTotalSizeOfAllFilesArchivesIncludedUnderTheLimit()
    {
        using var folder = TempFolder.ForCaller();
        CreateStrangers(folder);
        const long limit = 3000;
        using var log = new FileTestPipeline(folder.File("app.log"), o =>
        {
            o.MaxFileSize = 1000;
            o.RetainedFileCount = null;
            o.RetainedTotalSize = limit;
            o.Compression = FileCompression.GZip;
        });

        for (var i = 0; i < 200; i++)
        {
            log.Logger.Information("Event {Number} {Padding}", i, Guid.NewGuid());   // GUIDs: archives do not shrink to nothing
            if (i % 20 == 0)
            {
                log.Settle();
                var ours = LogFiles.Names(folder.Path).Except(s_notThisLog).ToList();
                ours.Sum(n => new FileInfo(folder.File(n)).Length).Should().BeLessThanOrEqualTo(limit + 1000, "all but the active file fit the limit");
            }
        }
        log.Settle();

        var names = LogFiles.Names(folder.Path).Except(s_notThisLog).ToList();
        names.Should().Contain(n => n.EndsWith(".gz", StringComparison.Ordinal));
        names.Sum(n => new FileInfo(folder.File(n)).Length).Should().BeLessThanOrEqualTo(limit + 1000);
        LogFiles.Names(folder.Path).Should().Contain(s_notThisLog);
    }

    [Fact]
    public void TheActiveFileIsNeverDeletedEvenWhenItAloneIsOverTheTotalLimit()
    {
        using var folder = TempFolder.ForCaller();
        using var log = new FileTestPipeline(folder.File("app.log"), o => { o.MaxFileSize = null; o.RetainedTotalSize = 10; o.RetainedFileCount = 1; });
        log.Logger.Information("Event {Padding}", new string('x', 500));
        log.Settle();

        DirectoryAssert.HasFiles(folder.Path, "app.log");
    }

    [Fact]
    public void RetentionAppliesAtStartUp()
    {
        using var folder = TempFolder.ForCaller();
        foreach (var name in new[] { "app.log", "app_001.log.gz", "app_002.log", "app_003.log" })
            System.IO.File.WriteAllText(folder.File(name), "{}\n");

        using var log = new FileTestPipeline(folder.File("app.log"), o => o.RetainedFileCount = 2);
        log.Settle();

        DirectoryAssert.HasFiles(folder.Path, "app_002.log", "app_003.log");
    }
}
