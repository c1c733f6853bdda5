using LogKit.Tests.Support;

namespace LogKit.Tests.Sinks.File;

[Collection(SerialCollection.Name)]
public class RecoveryTests
{
    [Fact]
    public void ADeletedLogFolderIsRecreatedByTheNextWrite()
    {
        using var folder = TempFolder.ForCaller();
        var logs = folder.File("logs");
        using var log = new FileTestPipeline(Path.Combine(logs, "app.log"));
        log.Logger.Information("before");
        log.Flush();

        Directory.Delete(logs, recursive: true);
        log.Logger.Information("after");
        log.Flush();

        LogFiles.ReadLines(Path.Combine(logs, "app.log")).Should().ContainSingle().Which.Should().Contain("after");
        log.Handle.Counters.Should().Be(new LogCounters(2, 2, 0, 0));
    }

    [Fact]
    public void ADeletedActiveFileIsRecreatedByTheNextWrite()
    {
        using var folder = TempFolder.ForCaller();
        using var log = new FileTestPipeline(folder.File("app.log"));
        log.Logger.Information("before");
        log.Flush();

        System.IO.File.Delete(folder.File("app.log"));
        log.Logger.Information("after");
        log.Flush();

        LogFiles.ReadLines(folder.File("app.log")).Should().ContainSingle().Which.Should().Contain("after");
    }

    [Fact]
    public void AnUnwritablePathCountsEventsAsFailedReportsOncePerBurstAndRecovers()
    {
        using var folder = TempFolder.ForCaller();
        var blocker = folder.File("logs");
        using var selfLog = new SelfLogCapture();
        using var log = new FileTestPipeline(Path.Combine(blocker, "app.log"), o => o.Name = "blocked");
        // Then a file where the log's folder was: nothing can be created below it, even by root. (A path
        // that is unwritable already when the sink is added fails AddFile itself: LogFilePathTests.)
        Directory.Delete(blocker, recursive: true);
        System.IO.File.WriteAllText(blocker, "in the way");

        var call = () =>
        {
            for (var i = 0; i < 50; i++)
            {
                log.Logger.Information("lost {Number}", i);
                log.Flush();   // one batch per event: fifty separate failures
            }
        };
        call.Should().NotThrow();
        log.Handle.Counters.Should().Be(new LogCounters(50, 0, 0, 50));
        selfLog.Lines.Count(l => l.Contains("blocked failed to write", StringComparison.Ordinal)).Should().Be(1);

        System.IO.File.Delete(blocker);
        log.Logger.Information("written again");
        log.Flush();

        LogFiles.ReadLines(Path.Combine(blocker, "app.log")).Should().ContainSingle().Which.Should().Contain("written again");
        System.IO.File.Exists(Path.Combine(blocker, "app.log.lock")).Should().BeTrue("the writer lock is taken again when its folder is made again");
        log.Handle.Counters.Should().Be(new LogCounters(51, 1, 0, 50));
        selfLog.Lines.Should().ContainSingle(l => l.Contains("blocked recovered; 50 event(s) failed meanwhile", StringComparison.Ordinal));
    }

    [RequiresTmpfsFact]
    public void AFullDiskCountsEventsAsFailedKeepsFilesWholeAndResumesWhenSpaceReturns()
    {
        var root = RequiresTmpfsFactAttribute.MountPoint!;
        var folder = Path.Combine(root, "full-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var filler = Path.Combine(root, "filler-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            using var selfLog = new SelfLogCapture();
            using var log = new FileTestPipeline(Path.Combine(folder, "app.log"), o => o.Name = "full");
            log.Logger.Information("before the disk fills");
            log.Flush();

            FillDisk(filler);
            for (var i = 0; i < 200; i++)
                log.Logger.Information("While full {Number} {Padding}", i, new string('x', 500));
            log.Flush();

            var whileFull = log.Handle.Counters;
            whileFull.Failed.Should().BeGreaterThan(0);
            whileFull.Pending.Should().Be(0);
            selfLog.Lines.Count(l => l.Contains("full failed to write", StringComparison.Ordinal)).Should().Be(1);

            System.IO.File.Delete(filler);
            for (var i = 0; i < 10; i++)
                log.Logger.Information("After space returned {Number}", i);
            log.Flush();

            log.Handle.Counters.Written.Should().Be(whileFull.Written + 10);
            var lines = LogFiles.ReadLines(Path.Combine(folder, "app.log"));
            foreach (var line in lines)
                LogFiles.ParseClef(line);   // every line whole: a partial write was cut off
            lines.Count(l => l.Contains("After space returned", StringComparison.Ordinal)).Should().Be(10);
        }
        finally
        {
            System.IO.File.Delete(filler);
            Directory.Delete(folder, recursive: true);
        }
    }

    static void FillDisk(string path)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1);
        var block = new byte[64 * 1024];
        try
        {
            while (true)
                stream.Write(block);
        }
        catch (IOException)
        {
            // Full. Fill the last bytes too.
            for (var size = block.Length / 2; size > 0; size /= 2)
            {
                try
                {
                    stream.Write(block, 0, size);
                }
                catch (IOException)
                {
                }
            }
        }
    }
}
