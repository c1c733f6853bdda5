using LogKit.Tests.Support;
using Serilog;

namespace LogKit.Tests.Sinks.File;

public class RestartTests
{
    [Fact]
    public void ANewProcessAppendsToTheNewestFileAndContinuesTheSequence()
    {
        using var folder = TempFolder.ForCaller();
        void Run(int from, int count)
        {
            using var log = new FileTestPipeline(folder.File("app.log"), o => { o.MaxFileSize = 5_000; o.RetainedFileCount = null; });
            for (var i = from; i < from + count; i++)
                log.Logger.Information("Event {Number}", i);
        }

        Run(0, 120);
        var before = LogFiles.Names(folder.Path);
        var newestBefore = before[^1];
        var linesInNewest = LogFiles.ReadLines(folder.File(newestBefore)).Length;
        Run(120, 5);

        // The newest file had room: the second run continued in it.
        before.Should().Equal("app.log", "app_001.log");
        LogFiles.Names(folder.Path).Should().Equal(before);
        LogFiles.ReadLines(folder.File(newestBefore)).Length.Should().Be(linesInNewest + 5);
        LogFiles.ReadAllLines(folder.Path).Select(l => LogFiles.ParseClef(l).GetProperty("Number").GetInt32())
            .Should().BeEquivalentTo(Enumerable.Range(0, 125));
    }

    [Fact]
    public void ARestartNeverWritesOverAnArchive()
    {
        using var folder = TempFolder.ForCaller();
        System.IO.File.WriteAllText(folder.File("app.log"), "{}\n");
        System.IO.File.WriteAllBytes(folder.File("app_001.log.gz"), [1, 2, 3]);   // an archive (its content is not ours to judge here)
        var archive = System.IO.File.ReadAllBytes(folder.File("app_001.log.gz"));

        using (var log = new FileTestPipeline(folder.File("app.log"), o => o.RetainedFileCount = null))
            log.Logger.Information("after restart");

        DirectoryAssert.HasFiles(folder.Path, "app.log", "app_001.log.gz", "app_002.log");
        System.IO.File.ReadAllBytes(folder.File("app_001.log.gz")).Should().Equal(archive);
        LogFiles.ReadLines(folder.File("app_002.log")).Should().ContainSingle();
    }

    [Fact]
    public void ARestartAfterAFullFileStartsTheNextOne()
    {
        using var folder = TempFolder.ForCaller();
        System.IO.File.WriteAllText(folder.File("app20261125.log"), new string('x', 999) + "\n");

        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        using (var log = new FileTestPipeline(folder.File("app.log"), o => { o.MaxFileSize = 1000; o.RollingInterval = RollingInterval.Day; }, clock))
            log.Logger.Information("after restart");

        DirectoryAssert.HasFiles(folder.Path, "app20261125.log", "app20261125_001.log");
    }

    [Fact]
    public void ATornLastLineFromACrashStaysATornLineAndTheNextEventStartsCleanly()
    {
        using var folder = TempFolder.ForCaller();
        System.IO.File.WriteAllText(folder.File("app.log"), "{\"@t\":\"2026-11-25T10:00:00Z\",\"@mt\":\"whole\"}\n{\"@t\":\"2026-11-25T10:00:01Z\",\"@m");

        using (var log = new FileTestPipeline(folder.File("app.log")))
            log.Logger.Information("after the crash");

        var lines = LogFiles.ReadLines(folder.File("app.log"));
        lines.Should().HaveCount(3);
        lines[1].Should().Be("{\"@t\":\"2026-11-25T10:00:01Z\",\"@m");
        LogFiles.ParseClef(lines[2]).GetProperty("@mt").GetString().Should().Be("after the crash");
    }
}
