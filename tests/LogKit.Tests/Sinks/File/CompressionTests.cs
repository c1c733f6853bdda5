using System.IO.Compression;
using LogKit.Sinks.File;
using LogKit.Tests.Support;

namespace LogKit.Tests.Sinks.File;

public class CompressionTests
{
    [Fact]
    public void RolledFilesBecomeValidGzipArchivesOfTheSameContent()
    {
        using var folder = TempFolder.ForCaller();
        using (var log = new FileTestPipeline(folder.File("app.log"), o => { o.MaxFileSize = 1000; o.Compression = FileCompression.GZip; o.RetainedFileCount = null; }))
        {
            for (var i = 0; i < 60; i++)
                log.Logger.Information("Event {Number}", i);
            log.Settle();
        }

        var names = LogFiles.Names(folder.Path);
        names.Should().Contain("app.log.gz").And.Contain("app_001.log.gz");
        names.Where(n => n.EndsWith(".log", StringComparison.Ordinal)).Should().ContainSingle("only the active file stays uncompressed");
        var numbers = LogFiles.ReadAllLines(folder.Path).Select(l => LogFiles.ParseClef(l).GetProperty("Number").GetInt32()).Order();
        numbers.Should().Equal(Enumerable.Range(0, 60));
    }

    [Fact]
    public async Task CompressionRunsOffTheWritePath()
    {
        using var folder = TempFolder.ForCaller();
        using var log = new FileTestPipeline(folder.File("app.log"), o => { o.MaxFileSize = 2_000_000; o.Compression = FileCompression.GZip; });

        // A rolled file of about 2 MB whose compression is held until the test releases it.
        using var gate = new ManualResetEventSlim(false);
        log.Maintenance.BeforeJob = gate.Wait;
        for (var i = 0; i < 20_000; i++)
            log.Logger.Information("Event {Number} {Padding}", i, new string('x', 60));
        log.Flush();
        LogFiles.Names(folder.Path).Should().Contain("app.log").And.NotContain("app.log.gz");

        // Logging and flushing go on while compression waits.
        for (var i = 0; i < 1000; i++)
            log.Logger.Information("More {Number}", i);
        await log.Pipeline.FlushAsync().WaitAsync(TimeSpan.FromSeconds(30));
        log.Handle.Counters.Pending.Should().Be(0);

        gate.Set();
        log.Settle();
        LogFiles.Names(folder.Path).Should().Contain("app.log.gz").And.NotContain("app.log");
    }

    [Fact]
    public void AHalfWrittenArchiveLeftByACrashIsCleanedUpAndRedoneAtTheNextStart()
    {
        using var folder = TempFolder.ForCaller();
        var original = string.Join("", Enumerable.Range(0, 100).Select(i => $"{{\"@t\":\"2026-11-25T10:00:00Z\",\"N\":{i}}}\n"));
        System.IO.File.WriteAllText(folder.File("app_001.log"), original);
        var full = CompressedBytes(original);
        System.IO.File.WriteAllBytes(folder.File("app_001.log.gz"), full[..(full.Length / 2)]);   // cut short by the crash
        System.IO.File.WriteAllBytes(folder.File("app_002.log.gz.4194399-1.tmp"), full[..10]);           // an unfinished temporary archive of a process that is gone (above Linux's pid_max)
        System.IO.File.WriteAllText(folder.File("app_002.log"), original);
        System.IO.File.WriteAllText(folder.File("app_003.log"), "{}\n");                             // the newest: becomes the active file

        using (var log = new FileTestPipeline(folder.File("app.log"), o => { o.Compression = FileCompression.GZip; o.RetainedFileCount = null; }))
            log.Settle();

        DirectoryAssert.HasFiles(folder.Path, "app_001.log.gz", "app_002.log.gz", "app_003.log");
        LogFiles.ReadText(folder.File("app_001.log.gz")).Should().Be(original);
        LogFiles.ReadText(folder.File("app_002.log.gz")).Should().Be(original);
    }

    static byte[] CompressedBytes(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(text));
        return buffer.ToArray();
    }

    [Fact]
    public void AnOriginalIsDeletedOnlyWhenTheExistingArchiveHoldsAllOfIt()
    {
        using var folder = TempFolder.ForCaller();
        var path = folder.File("app_001.log");
        System.IO.File.WriteAllText(path, "first content\n");
        FileArchiver.Compress(path);
        System.IO.File.Exists(path).Should().BeFalse();

        System.IO.File.WriteAllText(path, "other content, longer than the first\n");
        FileArchiver.Compress(path);   // an archive of that name exists, with different content

        System.IO.File.Exists(path).Should().BeTrue("its bytes are in no archive");
        LogFiles.ReadText(path + ".gz").Should().Be("first content\n");
    }
}
