using LogKit.Reliability.Tests.Support;
using Serilog.Events;

namespace LogKit.Reliability.Tests.Sinks;

/// <summary>
/// The file sink on a shared machine: log files are not world-readable (0640), the folders it creates
/// are not world-listable (0750), and nothing in the file system — a path with <c>..</c>, a symbolic
/// link planted under the next rolled name, the log folder swapped for a link between rolls — makes
/// it write outside the folder it was configured with. Rolled names are derived from the configured
/// path, never from events.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]   // Unix modes and links; CI runs on Linux
public class FileSinkSecurityTests
{
    const UnixFileMode FileMode0640 = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
    const UnixFileMode FolderMode0750 = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute;

    static LogPipeline NewPipeline() => new(new LogPipelineOptions { FlushOnProcessExit = false, MinimumLevel = LogEventLevel.Verbose });

    static void LogAndRoll(LogPipeline pipeline, int events, string marker = "event")
    {
        for (var i = 0; i < events; i++)
            pipeline.Logger.Information("{Marker} {Number} {Padding}", marker, i, new string('x', 100));
        pipeline.Flush();
    }

    [Fact]
    public async Task NewLogFilesRolledFilesAndArchivesAreNotReadableByOthers()
    {
        using var folder = TempFolder.ForCaller();
        using (var pipeline = NewPipeline())
        {
            pipeline.AddFile(folder.File("app.log"), o =>
            {
                o.MaxFileSize = 2_000;
                o.Compression = FileCompression.GZip;
                o.RetainedFileCount = null;
            });
            LogAndRoll(pipeline, 100);
            await Task.Delay(500);   // compression runs in the background; closing waits for it
        }

        var files = Directory.GetFiles(folder.Path);
        files.Should().Contain(f => f.EndsWith(".gz", StringComparison.Ordinal), "rolled files were compressed");
        files.Should().HaveCountGreaterThan(2);
        files.Select(f => (Path.GetFileName(f), File.GetUnixFileMode(f))).Should().OnlyContain(f => f.Item2 == FileMode0640);
    }

    [Fact]
    public void FoldersTheSinkCreatesAreNotListableByOthers()
    {
        using var folder = TempFolder.ForCaller();
        var nested = Path.Combine(folder.Path, "a", "b");
        using (var pipeline = NewPipeline())
        {
            pipeline.AddFile(Path.Combine(nested, "app.log"));
            LogAndRoll(pipeline, 1);
        }

        File.GetUnixFileMode(Path.Combine(folder.Path, "a")).Should().Be(FolderMode0750);
        File.GetUnixFileMode(nested).Should().Be(FolderMode0750);
    }

    [Fact]
    public void APathWithDotDotWritesOnlyIntoTheFolderItResolvesTo()
    {
        using var folder = TempFolder.ForCaller();
        Directory.CreateDirectory(folder.File("logs"));
        Directory.CreateDirectory(folder.File("other"));
        using (var pipeline = NewPipeline())
        {
            pipeline.AddFile(Path.Combine(folder.Path, "other", "..", "logs", "app.log"), o =>
            {
                o.MaxFileSize = 2_000;
                o.RetainedFileCount = null;
            });
            LogAndRoll(pipeline, 60);
        }

        Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName).Should().BeEquivalentTo(["logs", "other"]);
        Directory.GetFileSystemEntries(folder.File("other")).Should().BeEmpty();
        Directory.GetFiles(folder.File("logs")).Should().HaveCountGreaterThan(2).And.OnlyContain(f => Path.GetFileName(f).StartsWith("app", StringComparison.Ordinal));
    }

    [Fact]
    public void ASymbolicLinkPlantedUnderTheNextRolledNameIsNeverWrittenThrough()
    {
        using var folder = TempFolder.ForCaller();
        var logs = Directory.CreateDirectory(folder.File("logs")).FullName;
        var outside = Directory.CreateDirectory(folder.File("outside")).FullName;
        var target = Path.Combine(outside, "victim.txt");
        File.WriteAllText(target, "precious");
        // Every name the sink could roll to next, planted before it starts.
        for (var n = 1; n <= 5; n++)
            File.CreateSymbolicLink(Path.Combine(logs, $"app_{n:000}.log"), target);

        using (var pipeline = NewPipeline())
        {
            var handle = pipeline.AddFile(Path.Combine(logs, "app.log"), o =>
            {
                o.MaxFileSize = 2_000;
                o.RetainedFileCount = null;
            });
            LogAndRoll(pipeline, 100);
            var c = handle.Counters;
            c.Accepted.Should().Be(c.Written + c.Dropped + c.Failed);
        }

        File.ReadAllText(target).Should().Be("precious", "a link is never followed");
        Directory.GetFiles(outside).Should().Equal(target);
    }

    [Fact]
    public void AFolderSwappedForASymbolicLinkBetweenRollsIsNeverWrittenThrough()
    {
        using var folder = TempFolder.ForCaller();
        var logs = folder.File("logs");
        var outside = Directory.CreateDirectory(folder.File("outside")).FullName;

        using (var pipeline = NewPipeline())
        {
            var handle = pipeline.AddFile(Path.Combine(logs, "app.log"), o =>
            {
                o.MaxFileSize = 2_000;
                o.RetainedFileCount = null;
            });
            LogAndRoll(pipeline, 10, "before");

            // Between rolls, the folder is moved away and a link to another folder takes its name.
            Directory.Move(logs, folder.File("logs-moved"));
            Directory.CreateSymbolicLink(logs, outside);
            LogAndRoll(pipeline, 100, "after");

            var c = handle.Counters;
            c.Accepted.Should().Be(c.Written + c.Dropped + c.Failed, "events that could not be written are counted");
        }

        Directory.GetFileSystemEntries(outside).Should().BeEmpty("the sink never writes through a link that replaced its folder");
    }
}
