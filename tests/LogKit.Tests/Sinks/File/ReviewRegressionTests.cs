using System.Text;
using LogKit.Sinks.File;
using LogKit.Tests.Support;
using Serilog.Sinks.File;

namespace LogKit.Tests.Sinks.File;

/// <summary>Regressions for defects found in review.</summary>
public class FileSinkEdgeCaseTests
{
    [Fact]
    public void SharedModeRefusesStableActiveNaming()
    {
        using var folder = TempFolder.ForCaller();
        using var pipeline = TestPipeline.Create();

        FluentActions.Invoking(() => pipeline.AddFile(folder.File("app.log"), o => { o.Shared = true; o.Naming = FileNaming.StableActive; }))
            .Should().Throw<ArgumentException>().WithMessage("*Shared = true needs Naming = FileNaming.RollForward*");
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

    [Fact]
    public async Task AHookThatLogsIntoTheSamePipelineDoesNotDeadlockTheWriter()
    {
        using var folder = TempFolder.ForCaller();
        using var pipeline = TestPipeline.Create();
        var hooks = new LoggingHooks(pipeline);
        pipeline.AddFile(folder.File("app.log"), o => { o.Hooks = hooks; o.QueueCapacity = 10; o.MaxFileSize = 500; o.RetainedFileCount = null; });
        hooks.Armed = true;

        var logging = Task.Run(() =>
        {
            for (var i = 0; i < 200; i++)
                pipeline.Logger.Information("Event {Number} {Padding}", i, new string('x', 100));
            pipeline.RemoveAllSinks();
        });

        await logging.WaitAsync(TimeSpan.FromSeconds(30));
        hooks.Opened.Should().BeGreaterThan(1);
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

    sealed class LoggingHooks(LogPipeline pipeline) : FileLifecycleHooks
    {
        public volatile bool Armed;
        public int Opened;

        public override Stream OnFileOpened(string path, Stream underlyingStream, Encoding encoding)
        {
            Interlocked.Increment(ref Opened);
            if (Armed)
            {
                // Runs on the sink's writer thread: more than the queue holds.
                for (var i = 0; i < 50; i++)
                    pipeline.Logger.Information("opened {Path}", path);
            }
            return underlyingStream;
        }
    }
}
