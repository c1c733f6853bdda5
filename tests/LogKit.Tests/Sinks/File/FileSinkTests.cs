using System.Text;
using LogKit.Tests.Support;
using Serilog.Events;
using Serilog.Templates;
using Serilog.Sinks.File;

namespace LogKit.Tests.Sinks.File;

public class FileSinkTests
{
    [Fact]
    public void WritesOneClefObjectPerLine()
    {
        using var folder = TempFolder.ForCaller();
        using (var log = new FileTestPipeline(folder.File("logs/app.log")))
        using (LogContext.Push("RequestId", "r-1"))
            log.Logger.Warning("User {UserId} bought {Quantity} x {Product} for {Price}", 42, 3, "Widget", 19.99m);

        var clef = LogFiles.ParseClef(LogFiles.ReadLines(folder.File("logs/app.log")).Single());
        clef.GetProperty("@mt").GetString().Should().Be("User {UserId} bought {Quantity} x {Product} for {Price}");
        clef.GetProperty("@l").GetString().Should().Be("Warning");
        clef.GetProperty("Price").GetDecimal().Should().Be(19.99m);
        clef.GetProperty("RequestId").GetString().Should().Be("r-1");
        clef.GetProperty("@t").GetString().Should().Be("2026-11-25T10:00:00.0000000Z");
    }

    [Fact]
    public void TheFileExistsAsSoonAsTheSinkIsAdded()
    {
        using var folder = TempFolder.ForCaller();
        using var log = new FileTestPipeline(folder.File("deep/er/app.log"));

        System.IO.File.Exists(folder.File("deep/er/app.log")).Should().BeTrue();
    }

    [Fact]
    public void NewFilesAreNotWorldReadable()
    {
        if (OperatingSystem.IsWindows())
            return;   // Unix permissions only
        using var folder = TempFolder.ForCaller();
        using (var log = new FileTestPipeline(folder.File("app.log")))
            log.Logger.Information("x");

        System.IO.File.GetUnixFileMode(folder.File("app.log")).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
    }

    [Fact]
    public void TheTextFormatUsesTheOutputTemplate()
    {
        using var folder = TempFolder.ForCaller();
        using (var log = new FileTestPipeline(folder.File("app.log"), o => { o.Format = LogFormat.Text; o.OutputTemplate = "{Level:u3} {Message:lj} {RequestId}{NewLine}"; }))
        using (LogContext.Push("RequestId", 7))
            log.Logger.Information("Hello {Name}", "you");

        System.IO.File.ReadAllText(folder.File("app.log")).Should().Be("INF Hello you 7" + Environment.NewLine);
    }

    [Fact]
    public void AnySerilogFormatterCanBeUsed()
    {
        using var folder = TempFolder.ForCaller();
        using (var log = new FileTestPipeline(folder.File("app.log"), o => o.Formatter = new ExpressionTemplate("{@l} {Name} {#if RequestId is not null}[{RequestId}]{#end}\n")))
        using (LogContext.Push("RequestId", 7))
            log.Logger.Information("Hello {Name}", "you");

        System.IO.File.ReadAllText(folder.File("app.log")).Should().Be("Information you [7]\n");
    }

    [Fact]
    public void EachSinkHasItsOwnLevelAndFilter()
    {
        using var folder = TempFolder.ForCaller();
        using (var pipeline = TestPipeline.Create())
        {
            pipeline.AddFile(folder.File("all.log"));
            pipeline.AddFile(folder.File("errors.log"), o => o.MinimumLevel = LogEventLevel.Error);
            pipeline.AddFile(folder.File("orders.log"), o => o.Filter = e => e.Properties.ContainsKey("OrderId"));
            pipeline.Logger.Information("plain");
            pipeline.Logger.Information("order {OrderId}", 1);
            pipeline.Logger.Error("failure");
        }

        LogFiles.ReadLines(folder.File("all.log")).Should().HaveCount(3);
        LogFiles.ReadLines(folder.File("errors.log")).Should().ContainSingle().Which.Should().Contain("failure");
        LogFiles.ReadLines(folder.File("orders.log")).Should().ContainSingle().Which.Should().Contain("OrderId");
    }

    [Fact]
    public void SerilogLifecycleHooksSeeFilesOpenedAndDeleted()
    {
        using var folder = TempFolder.ForCaller();
        var hooks = new HeaderHooks();
        using (var log = new FileTestPipeline(folder.File("app.log"), o => { o.Hooks = hooks; o.MaxFileSize = 200; o.RetainedFileCount = 2; }))
        {
            for (var i = 0; i < 4; i++)
                log.Logger.Information("Event {Number} {Padding}", i, new string('x', 200));
            log.Settle();
        }

        hooks.Opened.Should().HaveCount(4);
        hooks.Deleted.Select(Path.GetFileName).Should().Equal("app.log", "app_001.log");
        System.IO.File.ReadLines(folder.File("app_003.log")).First().Should().Be("# LogKit test header");
    }

    [Fact]
    public void TwoSinksCannotWriteTheSameFileUnlessShared()
    {
        using var folder = TempFolder.ForCaller();
        using var pipeline = TestPipeline.Create();
        pipeline.AddFile(folder.File("app.log"));

        FluentActions.Invoking(() => pipeline.AddFile(folder.File("app.log"))).Should().Throw<InvalidOperationException>().WithMessage("*Shared = true*");
        pipeline.RemoveAllSinks();
        FluentActions.Invoking(() => pipeline.AddFile(folder.File("app.log"))).Should().NotThrow("the first sink was removed");
    }

    [Fact]
    public void TwoPipelinesReachingOneFileThroughASymlinkedFolderAreRefused()
    {
        using var folder = TempFolder.ForCaller();
        Directory.CreateDirectory(folder.File("logs"));
        Directory.CreateSymbolicLink(folder.File("alias"), folder.File("logs"));
        using var first = TestPipeline.Create();
        using var second = TestPipeline.Create();
        first.AddFile(folder.File("logs/app.log"));

        FluentActions.Invoking(() => second.AddFile(folder.File("alias/app.log"))).Should().Throw<InvalidOperationException>()
            .WithMessage($"'{folder.File("alias/app.log")}' (its real path is '*{Path.Combine("logs", "app.log")}') is already written by another file sink in this process.*Shared = true*");
        second.Sinks.Should().BeEmpty();

        first.Logger.Information("still {Writing}", "fine");
        first.RemoveAllSinks();
        FluentActions.Invoking(() => second.AddFile(folder.File("alias/app.log"))).Should().NotThrow("the first writer is gone");
    }

    [Fact]
    public void SharedSinksTakeNoWriterLock()
    {
        using var folder = TempFolder.ForCaller();
        using var first = TestPipeline.Create();
        using var second = TestPipeline.Create();

        first.AddFile(folder.File("app.log"), o => o.Shared = true);
        second.AddFile(folder.File("app.log"), o => o.Shared = true);

        System.IO.File.Exists(folder.File("app.log.lock")).Should().BeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void AnEmptyPathIsAConfigurationError(string path)
    {
        using var pipeline = TestPipeline.Create();
        FluentActions.Invoking(() => pipeline.AddFile(path)).Should().Throw<ArgumentException>().WithMessage("*AddFile(\"logs/app.log\")*");
    }

    [Fact]
    public void OutOfRangeOptionsAreConfigurationErrorsThatSayWhatToDo()
    {
        using var folder = TempFolder.ForCaller();
        using var pipeline = TestPipeline.Create();
        var path = folder.File("app.log");

        FluentActions.Invoking(() => pipeline.AddFile(path, o => o.MaxFileSize = 0)).Should().Throw<ArgumentException>().WithMessage("*MaxFileSize must be at least 1 byte*");
        FluentActions.Invoking(() => pipeline.AddFile(path, o => o.MaxFileSize = -1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*cannot be negative*");
        FluentActions.Invoking(() => pipeline.AddFile(path, o => o.RetainedFileCount = 0)).Should().Throw<ArgumentException>().WithMessage("*RetainedFileCount must be at least 1*");
        FluentActions.Invoking(() => pipeline.AddFile(path, o => o.RetainedFor = TimeSpan.FromDays(-1))).Should().Throw<ArgumentException>().WithMessage("*RetainedFor must be positive*");
        FluentActions.Invoking(() => pipeline.AddFile(path, o => o.QueueCapacity = 0)).Should().Throw<ArgumentException>().WithMessage("*QueueCapacity*");
        FluentActions.Invoking(() => pipeline.AddFile(folder.Path + "/")).Should().Throw<ArgumentException>().WithMessage("*names a folder*");
        pipeline.Sinks.Should().BeEmpty();
    }

    sealed class HeaderHooks : FileLifecycleHooks
    {
        public List<string> Opened { get; } = [];
        public List<string> Deleted { get; } = [];

        public override Stream OnFileOpened(string path, Stream underlyingStream, Encoding encoding)
        {
            Opened.Add(path);
            if (underlyingStream.Length == 0)
                underlyingStream.Write(encoding.GetBytes("# LogKit test header\n"));
            return underlyingStream;
        }

        public override void OnFileDeleting(string path) => Deleted.Add(path);
    }

    [Fact]
    public void SharedModeRefusesStableActiveNaming()
    {
        using var folder = TempFolder.ForCaller();
        using var pipeline = TestPipeline.Create();

        FluentActions.Invoking(() => pipeline.AddFile(folder.File("app.log"), o => { o.Shared = true; o.Naming = FileNaming.StableActive; }))
            .Should().Throw<ArgumentException>().WithMessage("*Shared = true needs Naming = FileNaming.RollForward*");
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
