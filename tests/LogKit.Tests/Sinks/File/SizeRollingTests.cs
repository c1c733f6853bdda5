using LogKit.Tests.Support;
using Serilog;
using Serilog.Formatting.Compact;

namespace LogKit.Tests.Sinks.File;

public class SizeRollingTests
{
    [Fact]
    public void NoFileExceedsTheLimitExceptByTheEventThatCrossedIt()
    {
        using var folder = TempFolder.ForCaller();
        const int limit = 2000;
        using (var log = new FileTestPipeline(folder.File("app.log"), o => { o.MaxFileSize = limit; o.RetainedFileCount = null; }))
        {
            for (var i = 0; i < 500; i++)
                log.Logger.Information("Event {Number} {Padding}", i, new string('p', i % 37));
        }

        var files = LogFiles.Paths(folder.Path);
        files.Length.Should().BeGreaterThan(10);
        foreach (var file in files)
        {
            var lines = System.IO.File.ReadAllLines(file);
            var sizeBeforeLastEvent = new FileInfo(file).Length - (lines[^1].Length + Environment.NewLine.Length);
            sizeBeforeLastEvent.Should().BeLessThan(limit, "only the event that crossed the limit may go over it ({0})", file);
        }
        LogFiles.ReadAllLines(folder.Path).Should().HaveCount(500);
    }

    [Fact]
    public void AnEventLargerThanTheLimitIsWrittenWholeIntoItsOwnFile()
    {
        using var folder = TempFolder.ForCaller();
        var big = new string('B', 5000);
        using (var log = new FileTestPipeline(folder.File("app.log"), o => o.MaxFileSize = 1000))
        {
            log.Logger.Information("small one");
            log.Logger.Information("big {Payload}", big);
            log.Logger.Information("small two");
        }

        DirectoryAssert.HasFilesWithLineCounts(folder.Path, ("app.log", 1), ("app_001.log", 1), ("app_002.log", 1));
        LogFiles.ReadText(folder.File("app_001.log")).Should().Contain(big);
    }

    [Fact]
    public void NamesAndLineCountsMatchSerilogSinksFileForTheSameEvents()
    {
        using var folder = TempFolder.ForCaller();
        var serilogFolder = Directory.CreateDirectory(folder.File("serilog")).FullName;
        var logKitFolder = folder.File("logkit");
        const long limit = 3000;

        using (var serilog = new LoggerConfiguration()
                   .WriteTo.File(new CompactJsonFormatter(), Path.Combine(serilogFolder, "app.log"), fileSizeLimitBytes: limit, rollOnFileSizeLimit: true, retainedFileCountLimit: null)
                   .CreateLogger())
        using (var logKit = new FileTestPipeline(Path.Combine(logKitFolder, "app.log"), o => { o.MaxFileSize = limit; o.RetainedFileCount = null; }))
        {
            for (var i = 0; i < 300; i++)
            {
                // Same text, so every line has the same length in both.
                serilog.Information("Order {OrderId} for {Customer}", 1000 + i, "customer-" + (i % 10));
                logKit.Logger.Information("Order {OrderId} for {Customer}", 1000 + i, "customer-" + (i % 10));
            }
        }

        Summary(logKitFolder).Should().Equal(Summary(serilogFolder));
        LogFiles.Names(logKitFolder).Should().StartWith(["app.log", "app_001.log", "app_002.log"]);

        static (string, int)[] Summary(string folder) => LogFiles.Names(folder)
            .Select(n => (n, LogFiles.ReadLines(Path.Combine(folder, n)).Length)).ToArray();
    }

    [Fact]
    public void NullMaxFileSizeNeverRollsBySize()
    {
        using var folder = TempFolder.ForCaller();
        using (var log = new FileTestPipeline(folder.File("app.log"), o => o.MaxFileSize = null))
        {
            for (var i = 0; i < 2000; i++)
                log.Logger.Information("Event {Number}", i);
        }

        DirectoryAssert.HasFilesWithLineCounts(folder.Path, ("app.log", 2000));
    }
}
