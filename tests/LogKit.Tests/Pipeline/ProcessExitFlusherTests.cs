using System.Diagnostics;
using System.Runtime.InteropServices;
using LogKit.Pipeline;
using LogKit.Tests.Support;
using Serilog.Events;

namespace LogKit.Tests.Pipeline;

/// <summary>The in-process side of <see cref="ProcessExitFlusher"/>: deadlines and the hand-off to a host. The real signals are in <see cref="TerminationSignalTests"/>.</summary>
[Collection(SerialCollection.Name)]   // the signal hand-off is process-wide
public class ProcessExitFlusherTests
{
    [Fact]
    public void SeveralStuckPipelinesAreWaitedForTogetherNotOneAfterAnother()
    {
        var timeout = TimeSpan.FromMilliseconds(500);
        using var release = new ManualResetEventSlim();
        var pipelines = Enumerable.Range(0, 4).Select(_ => StuckPipeline(timeout, release, flushOnProcessExit: false)).ToList();
        try
        {
            var watch = Stopwatch.StartNew();
            ProcessExitFlusher.WaitTogether(pipelines, p => p.CloseAndFlushAsync(), "in a test");

            watch.Elapsed.Should().BeGreaterThanOrEqualTo(timeout - TimeSpan.FromMilliseconds(50), "each stuck pipeline gets its timeout");
            watch.Elapsed.Should().BeLessThan(timeout * 3, "one shared start: four pipelines take one timeout, not four");
        }
        finally
        {
            release.Set();
            foreach (var pipeline in pipelines)
                pipeline.Dispose();
        }
    }

    [Fact]
    public void WhileAHostHandlesSignalsTheSignalHandlerLeavesTheFlushToIt()
    {
        using var release = new ManualResetEventSlim();
        using var pipeline = StuckPipeline(TimeSpan.FromSeconds(30), release, flushOnProcessExit: true);
        try
        {
            var watch = Stopwatch.StartNew();
            using (LogPipeline.LeaveTerminationSignalsToHost())
                ProcessExitFlusher.OnTerminationSignal(new PosixSignalContext(PosixSignal.SIGTERM));

            watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "the host flushes when it stops; the handler must not hold the host's handler up");
        }
        finally
        {
            release.Set();
        }
    }

    [Fact]
    public void WithoutAHostTheSignalHandlerFlushesWithinTheTimeout()
    {
        using var release = new ManualResetEventSlim();
        using var pipeline = StuckPipeline(TimeSpan.FromMilliseconds(300), release, flushOnProcessExit: true);
        try
        {
            var watch = Stopwatch.StartNew();
            ProcessExitFlusher.OnTerminationSignal(new PosixSignalContext(PosixSignal.SIGTERM));

            watch.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(250), "the handler waited for the stuck sink");
        }
        finally
        {
            release.Set();
        }
    }

    // A pipeline whose one sink is stuck writing its first batch until release is set.
    static LogPipeline StuckPipeline(TimeSpan shutdownTimeout, ManualResetEventSlim release, bool flushOnProcessExit)
    {
        var pipeline = new LogPipeline(new LogPipelineOptions { MinimumLevel = LogEventLevel.Verbose, ShutdownTimeout = shutdownTimeout, FlushOnProcessExit = flushOnProcessExit });
        var sink = new CollectingBatchedSink { OnBatch = _ => release.Wait() };
        pipeline.AddBatchedSink(sink, o => o.BatchSize = 1);
        pipeline.Logger.Information("Stuck");
        return pipeline;
    }
}
