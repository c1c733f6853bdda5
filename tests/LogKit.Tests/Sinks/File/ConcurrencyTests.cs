using LogKit.Tests.Support;

namespace LogKit.Tests.Sinks.File;

public class ConcurrencyTests
{
    [Fact]
    public async Task EightThreadsOfAHundredThousandEventsWithOneMegabyteRollingLoseAndDuplicateNothing()
    {
        const int threads = 8;
        const int perThread = 100_000;
        using var folder = TempFolder.ForCaller();
        using (var log = new FileTestPipeline(folder.File("app.log"), o =>
               {
                   o.MaxFileSize = 1_000_000;
                   o.RetainedFileCount = null;
                   o.Compression = FileCompression.GZip;
               }))
        {
            await Task.WhenAll(Enumerable.Range(0, threads).Select(t => Task.Run(() =>
            {
                for (var i = 0; i < perThread; i++)
                    log.Logger.Information("Thread {Thread} event {Number}", t, i);
            })));
            log.Settle();
        }

        var seen = new bool[threads, perThread];
        var lines = 0;
        foreach (var line in LogFiles.ReadAllLines(folder.Path))
        {
            var clef = LogFiles.ParseClef(line);   // throws on a line that is not whole, valid JSON
            var (thread, number) = (clef.GetProperty("Thread").GetInt32(), clef.GetProperty("Number").GetInt32());
            seen[thread, number].Should().BeFalse("event {0}/{1} must be written once", thread, number);
            seen[thread, number] = true;
            lines++;
        }

        lines.Should().Be(threads * perThread);
        LogFiles.Names(folder.Path).Count(n => n.EndsWith(".gz", StringComparison.Ordinal)).Should().BeGreaterThan(50);
        foreach (var name in LogFiles.Names(folder.Path).Where(n => !n.EndsWith(".gz", StringComparison.Ordinal)))
            new FileInfo(folder.File(name)).Length.Should().BeLessThan(1_000_000 + 200);
    }
}
