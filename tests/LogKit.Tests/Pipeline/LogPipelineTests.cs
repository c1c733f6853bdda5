using LogKit.Tests.Support;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace LogKit.Tests.Pipeline;

public class LogPipelineTests
{
    [Fact]
    public void EachSinkGetsExactlyTheEventsAtOrAboveItsLevelThatPassItsFilter()
    {
        using var pipeline = TestPipeline.Create();
        var all = new CollectingSink();
        var warnings = new CollectingSink();
        var filtered = new CollectingSink();
        pipeline.AddSink(all);
        pipeline.AddSink(warnings, o => o.MinimumLevel = LogEventLevel.Warning);
        pipeline.AddSink(filtered, o => o.Filter = e => e.Properties.ContainsKey("Keep"));

        foreach (var level in Enum.GetValues<LogEventLevel>())
        {
            pipeline.Logger.Write(level, "{Level} kept {Keep}", level, true);
            pipeline.Logger.Write(level, "{Level} not kept", level);
        }

        all.Events.Should().HaveCount(12);
        warnings.Events.Select(e => e.Level).Should().Equal(
            LogEventLevel.Warning, LogEventLevel.Warning, LogEventLevel.Error, LogEventLevel.Error, LogEventLevel.Fatal, LogEventLevel.Fatal);
        filtered.Events.Should().HaveCount(6).And.OnlyContain(e => e.Properties.ContainsKey("Keep"));
    }

    [Fact]
    public void MinimumLevelTakesEffectAtOnce()
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink(LogEventLevel.Information);
        using (pipeline)
        {
            pipeline.Logger.Debug("dropped");
            pipeline.MinimumLevel = LogEventLevel.Debug;
            pipeline.Logger.Debug("kept");
            pipeline.MinimumLevel = LogEventLevel.Error;
            pipeline.Logger.Warning("dropped too");
        }

        sink.Messages.Should().Equal("kept");
    }

    [Fact]
    public void APipelineWithoutSinksHasNothingEnabled()
    {
        using var pipeline = TestPipeline.Create();

        pipeline.IsEnabled(LogEventLevel.Fatal).Should().BeFalse();
        var handle = pipeline.AddSink(new CollectingSink(), o => o.MinimumLevel = LogEventLevel.Warning);
        pipeline.IsEnabled(LogEventLevel.Information).Should().BeFalse();
        pipeline.IsEnabled(LogEventLevel.Warning).Should().BeTrue();
        handle.MinimumLevel = LogEventLevel.Debug;
        pipeline.IsEnabled(LogEventLevel.Debug).Should().BeTrue();
        pipeline.IsEnabled(LogEventLevel.Verbose).Should().BeFalse();
    }

    [Fact]
    public void DisposingAHandleRemovesOnlyThatSinkAndASecondDisposeDoesNothing()
    {
        var (pipeline, kept) = TestPipeline.WithCollectingSink();
        var removed = new CollectingSink();
        using (pipeline)
        {
            var handle = pipeline.AddSink(removed);
            pipeline.Logger.Information("both");
            handle.Dispose();
            pipeline.Logger.Information("one");
            handle.Dispose();
            handle.IsRemoved.Should().BeTrue();
            pipeline.Sinks.Should().ContainSingle();
        }

        kept.Messages.Should().Equal("both", "one");
        removed.Messages.Should().Equal("both");
    }

    [Fact]
    public void RemovingASinkDisposesIt()
    {
        using var pipeline = TestPipeline.Create();
        var sink = new DisposableSink();
        pipeline.AddSink(sink).Dispose();

        sink.Disposed.Should().BeTrue();
    }

    [Fact]
    public void RemoveAllSinksRemovesEverySink()
    {
        using var pipeline = TestPipeline.Create();
        var sink = new CollectingSink();
        pipeline.AddSink(sink);
        pipeline.AddConsole();

        pipeline.RemoveAllSinks();
        pipeline.Logger.Information("nowhere");

        pipeline.Sinks.Should().BeEmpty();
        sink.Events.Should().BeEmpty();
    }

    [Fact]
    public async Task SinksReceiveEveryEventLoggedWhileTheyWereAttachedWhileEightThreadsLog()
    {
        using var pipeline = TestPipeline.Create();
        var always = new CollectingSink();
        pipeline.AddSink(always);
        var stop = 0;
        var sequence = 0L;
        // Odd epoch 2k+1: sink k is attached (set after AddSink returns, cleared before Dispose starts).
        var epoch = 0;

        using var started = new CountdownEvent(8);
        // Dedicated threads: thread-pool threads may not be injected quickly enough on two cores.
        var loggers = Enumerable.Range(0, 8).Select(_ => Task.Factory.StartNew(() =>
        {
            var calls = new List<(long Seq, int Before, int After)>();
            started.Signal();
            while (Volatile.Read(ref stop) == 0)
            {
                var before = Volatile.Read(ref epoch);
                var seq = Interlocked.Increment(ref sequence);
                pipeline.Logger.Information("{Seq}", seq);
                calls.Add((seq, before, Volatile.Read(ref epoch)));
            }
            return calls;
        }, TaskCreationOptions.LongRunning)).ToArray();
        started.Wait();

        var sinks = new List<CollectingSink>();
        for (var k = 0; k < 30; k++)
        {
            var sink = new CollectingSink();
            var handle = pipeline.AddSink(sink);
            Volatile.Write(ref epoch, 2 * k + 1);
            Thread.Sleep(10);
            Volatile.Write(ref epoch, 2 * k + 2);
            handle.Dispose();
            sinks.Add(sink);
        }

        Volatile.Write(ref stop, 1);
        var calls = (await Task.WhenAll(loggers)).SelectMany(c => c).ToList();

        always.Events.Should().HaveCount(calls.Count);
        var insideSomeWindow = 0;
        for (var k = 0; k < sinks.Count; k++)
        {
            var seen = sinks[k].Events.Select(e => (long)((ScalarValue)e.Properties["Seq"]).Value!).ToHashSet();
            foreach (var call in calls.Where(c => c.Before == 2 * k + 1 && c.After == 2 * k + 1))
            {
                seen.Should().Contain(call.Seq, "sink {0} was attached for the whole of call {1}", k, call.Seq);
                insideSomeWindow++;
            }
        }
        insideSomeWindow.Should().BeGreaterThan(0, "the test must observe calls inside windows");
    }

    [Fact]
    public void ASinkThatAlwaysThrowsNeverReachesTheCallerAndDoesNotStopOtherSinks()
    {
        using var pipeline = TestPipeline.Create();
        var before = new CollectingSink();
        var after = new CollectingSink();
        pipeline.AddSink(before);
        var failing = pipeline.AddSink(new DelegatingSink(_ => throw new InvalidOperationException("boom")), o => o.Name = "failing");
        pipeline.AddSink(after);

        var log = () =>
        {
            for (var i = 0; i < 100; i++)
                pipeline.Logger.Information("{I}", i);
        };

        log.Should().NotThrow();
        before.Events.Should().HaveCount(100);
        after.Events.Should().HaveCount(100);
        failing.Counters.Should().Be(new LogCounters(Accepted: 100, Written: 0, Dropped: 0, Failed: 100));
        pipeline.Counters.Failed.Should().Be(100);
    }

    [Fact]
    public void AThrowingFilterCountsTheEventAsFailedForThatSinkOnly()
    {
        using var pipeline = TestPipeline.Create();
        var other = new CollectingSink();
        var handle = pipeline.AddSink(new CollectingSink(), o => o.Filter = _ => throw new InvalidOperationException());
        pipeline.AddSink(other);

        pipeline.Logger.Information("x");

        handle.Counters.Should().Be(new LogCounters(1, 0, 0, 1));
        other.Events.Should().ContainSingle();
    }

    [Fact]
    public void SerilogSinksPlugInThroughTheirWriteToMethods()
    {
        using var folder = TempFolder.ForCaller();
        var path = folder.File("serilog.txt");
        using (var pipeline = TestPipeline.Create())
        {
            pipeline.AddSink(w => w.File(path, outputTemplate: "{Level:u3} {Message:lj}{NewLine}"), o => o.MinimumLevel = LogEventLevel.Warning);
            pipeline.Logger.Information("not written");
            pipeline.Logger.Warning("Disk {Drive} almost full", "C:");
        }

        File.ReadAllText(path).Should().Be("WRN Disk C: almost full" + Environment.NewLine);
    }

    [Fact]
    public void CountersAddUpAfterAFlush()
    {
        using var pipeline = TestPipeline.Create();
        var handle = pipeline.AddSink(new CollectingSink());
        for (var i = 0; i < 10; i++)
            pipeline.Logger.Information("{I}", i);
        pipeline.Flush();

        var counts = handle.Counters;
        counts.Accepted.Should().Be(10);
        counts.Written.Should().Be(10);
        counts.Pending.Should().Be(0);
    }

    [Fact]
    public void CountsOfRemovedSinksStayInThePipelineTotal()
    {
        using var pipeline = TestPipeline.Create();
        var handle = pipeline.AddSink(new CollectingSink());
        pipeline.Logger.Information("x");
        handle.Dispose();

        pipeline.Counters.Should().Be(new LogCounters(1, 1, 0, 0));
    }

    [Fact]
    public void SinkNamesAreUniqueWithinAPipeline()
    {
        using var pipeline = TestPipeline.Create();

        var first = pipeline.AddSink(new CollectingSink());
        var second = pipeline.AddSink(new CollectingSink());
        var named = pipeline.AddSink(new CollectingSink(), o => o.Name = "audit");

        first.Name.Should().Be("CollectingSink");
        second.Name.Should().Be("CollectingSink#2");
        named.Name.Should().Be("audit");
    }

    [Fact]
    public void ConfigurationMistakesThrowArgumentExceptionsThatSayWhatToDo()
    {
        using var pipeline = TestPipeline.Create();

        FluentActions.Invoking(() => pipeline.AddSink((ILogEventSink)null!)).Should().Throw<ArgumentNullException>().WithMessage("*AddSink(new MySink())*");
        FluentActions.Invoking(() => pipeline.AddSink((Func<Serilog.Configuration.LoggerSinkConfiguration, LoggerConfiguration>)null!)).Should().Throw<ArgumentNullException>().WithMessage("*AddSink(w => w.Seq*");
        FluentActions.Invoking(() => pipeline.AddConsole(o => o.QueueCapacity = -5)).Should().Throw<ArgumentException>().WithMessage("*QueueCapacity must be at least 1*");
        FluentActions.Invoking(() => pipeline.AddConsole(o => o.OutputTemplate = "")).Should().Throw<ArgumentException>().WithMessage("*OutputTemplate is empty*");
        FluentActions.Invoking(() => pipeline.AddSink(new CollectingSink(), o => o.MinimumLevel = (LogEventLevel)42)).Should().Throw<ArgumentException>().WithMessage("*not a LogEventLevel*");
        pipeline.Sinks.Should().BeEmpty();
    }

    [Fact]
    public void SinksThatReportFailuresThroughSerilogsListenerAreCountedAsFailed()
    {
        using var pipeline = TestPipeline.Create();
        var handle = pipeline.AddSink(w => w.Sink(new DelegatingSink(_ => throw new IOException("down"))));

        pipeline.Logger.Information("x");

        handle.Counters.Should().Be(new LogCounters(1, 0, 0, 1));
    }

    sealed class DisposableSink : ILogEventSink, IDisposable
    {
        public bool Disposed { get; private set; }

        public void Emit(LogEvent logEvent)
        {
        }

        public void Dispose() => Disposed = true;
    }
}
