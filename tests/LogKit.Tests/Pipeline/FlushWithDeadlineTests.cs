using LogKit.Core;
using LogKit.Pipeline;
using LogKit.Tests.Support;

namespace LogKit.Tests.Pipeline;

/// <summary><see cref="LogPipeline.Flush(TimeSpan)"/>: the shutdown flush, bounded so a stuck sink cannot hang it.</summary>
public class FlushWithDeadlineTests
{
    [Fact]
    public void ReturnsTrueOnceEverythingIsWritten()
    {
        using var folder = TempFolder.ForCaller();
        using var pipeline = TestPipeline.Create();
        pipeline.AddFile(folder.File("app.log"));
        for (var i = 0; i < 5000; i++)
            pipeline.Logger.Information("Event {Number}", i);

        pipeline.Flush(TimeSpan.FromSeconds(30)).Should().BeTrue();

        LogFiles.ReadLines(folder.File("app.log")).Should().HaveCount(5000);
    }

    [Fact]
    public void ReturnsFalseWhenASinkIsStuckPastTheDeadline()
    {
        using var pipeline = TestPipeline.Create();
        var stuck = new StuckSink();
        pipeline.Attach(stuck, new SinkOptions(), "stuck");
        pipeline.Logger.Information("never written");

        pipeline.Flush(TimeSpan.FromMilliseconds(50)).Should().BeFalse();

        stuck.Release();
        pipeline.Flush(TimeSpan.FromSeconds(30)).Should().BeTrue();
    }

    [Fact]
    public void ANegativeTimeoutIsAMistake()
    {
        using var pipeline = TestPipeline.Create();

        FluentActions.Invoking(() => pipeline.Flush(TimeSpan.FromSeconds(-1))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("timeout");
        pipeline.Flush(Timeout.InfiniteTimeSpan).Should().BeTrue();
    }

    [Fact]
    public void ShutdownTimeoutComesFromTheOptions()
    {
        using var pipeline = new LogPipeline(new LogPipelineOptions { FlushOnProcessExit = false, ShutdownTimeout = TimeSpan.FromSeconds(3) });

        pipeline.ShutdownTimeout.Should().Be(TimeSpan.FromSeconds(3));
    }

    sealed class StuckSink : PipelineSink
    {
        readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => _released.TrySetResult();

        public override void Emit(ref LogEntry entry)
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => _released.Task.WaitAsync(cancellationToken);

        public override void Close() => Release();
    }
}
