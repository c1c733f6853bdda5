using LogKit.Reliability.Tests.Support;
using Serilog.Events;

namespace LogKit.Reliability.Tests.Shutdown;

/// <summary>
/// What happens after <c>CloseAndFlush</c>: LogKit's pipeline stays open. Logging calls never throw;
/// with no sinks an event reaches none (nothing accepts it, so nothing counts it), and sinks added
/// afterwards receive later events. Closing while other threads log loses nothing uncounted.
/// </summary>
public class CloseAndFlushTests
{
    [Fact]
    public void LoggingAfterCloseAndFlushDoesNotThrowAndSinksAddedAfterwardsReceiveLaterEvents()
    {
        using var pipeline = new LogPipeline(new LogPipelineOptions { FlushOnProcessExit = false, MinimumLevel = LogEventLevel.Verbose });
        var before = new CollectingSink();
        var first = pipeline.AddSink(before);
        pipeline.Logger.Information("before {N}", 1);

        pipeline.CloseAndFlush();
        var afterClose = () =>
        {
            pipeline.Logger.Information("while closed {N}", 2);
            pipeline.Logger.Error(new InvalidOperationException("x"), "while closed {N}", 3);
            pipeline.Flush();
            pipeline.CloseAndFlush();
        };
        afterClose.Should().NotThrow();

        first.IsRemoved.Should().BeTrue();
        first.Counters.Should().Be(new LogCounters(1, 1, 0, 0), "the closed sink counted only what it received");
        pipeline.Counters.Should().Be(new LogCounters(1, 1, 0, 0), "an event no sink accepts is not counted");
        pipeline.IsEnabled(LogEventLevel.Fatal).Should().BeFalse("with no sinks nothing is enabled, so calls cost a comparison");

        var after = new CollectingSink();
        pipeline.AddSink(after);
        pipeline.Logger.Information("after {N}", 4);

        before.Events.Select(e => e.MessageTemplate.Text).Should().Equal("before {N}");
        after.Events.Select(e => e.MessageTemplate.Text).Should().Equal("after {N}");
    }

    [Fact]
    public async Task ClosingWhileOtherThreadsLogCountsEveryAcceptedEvent()
    {
        using var folder = TempFolder.ForCaller();
        var pipeline = new LogPipeline(new LogPipelineOptions { FlushOnProcessExit = false, MinimumLevel = LogEventLevel.Verbose });
        var file = pipeline.AddFile(folder.File("app.log"), o => o.RetainedFileCount = null);
        var counting = new CountingSink();
        var sink = pipeline.AddSink(counting);
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 4).Select(t => Task.Run(() =>
        {
            var n = 0;
            while (!stop.IsCancellationRequested)
                pipeline.Logger.Information("Thread {T} event {N}", t, n++);
        })).ToArray();

        await Task.Delay(200);
        await pipeline.CloseAndFlushAsync();
        await Task.Delay(50);   // the writers go on logging into a pipeline without sinks
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        var c = file.Counters;
        c.Accepted.Should().Be(c.Written + c.Dropped + c.Failed);
        // Every file: a fast machine writes more than the 100 MB size limit in this time, and the log rolls.
        Directory.GetFiles(Path.GetDirectoryName(folder.File("app.log"))!, "app*.log").Sum(f => File.ReadLines(f).Count()).Should().Be((int)c.Written);
        sink.Counters.Written.Should().Be(counting.Received);
        sink.Counters.Accepted.Should().Be(sink.Counters.Written + sink.Counters.Dropped + sink.Counters.Failed);
        pipeline.Dispose();
    }
}
