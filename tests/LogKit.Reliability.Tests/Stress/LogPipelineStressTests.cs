using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using LogKit.Reliability.Tests.Support;
using Serilog.Events;
using Xunit.Abstractions;

namespace LogKit.Reliability.Tests.Stress;

/// <summary>
/// Sixteen threads log, push and pop context, add and remove sinks, change levels and overrides,
/// flush and reconfigure at random, all at once: nothing throws, no operation stalls (a watchdog fails
/// the test when a thread makes no progress for 15 s), and every sink's counters reconcile exactly,
/// accepted = written + dropped + failed, with written matching what the sink really received (lines on
/// disk for file sinks) and failed matching what it threw. LOGKIT_STRESS_SECONDS sets the duration
/// (10 s by default; tests/stress.sh runs 30 s).
/// </summary>
public sealed class LogPipelineStressTests(ITestOutputHelper output)
{
    const int Threads = 16;
    static readonly TimeSpan Stall = TimeSpan.FromSeconds(15);

    static int Seconds => int.TryParse(Environment.GetEnvironmentVariable("LOGKIT_STRESS_SECONDS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 10;

    sealed record Added(LogSinkHandle Handle, CountingSink? Counting, string? Folder);

    [Fact]
    public async Task SixteenThreadsDoingEverythingAtOnceNeverThrowStallOrLoseCount()
    {
        using var root = TempFolder.ForCaller();
        var seed = Environment.TickCount;
        output.WriteLine($"seed {seed}, {Threads} threads, {Seconds} s");
        var pipeline = new LogPipeline(new LogPipelineOptions { MinimumLevel = LogEventLevel.Verbose, FlushOnProcessExit = false, ShutdownTimeout = TimeSpan.FromSeconds(5) });
        var added = new ConcurrentQueue<Added>();
        var live = new ConcurrentDictionary<LogSinkHandle, Added>();
        var errors = new ConcurrentQueue<Exception>();
        var progress = new long[Threads];
        var operations = new long[Threads];
        var stop = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(Seconds);
        var sinkNumber = 0;

        Added AddSink(Random random)
        {
            var n = Interlocked.Increment(ref sinkNumber);
            Added entry;
            switch (random.Next(4))
            {
                case 0:
                    var folder = Path.Combine(root.Path, "file" + n.ToString(CultureInfo.InvariantCulture));
                    entry = new Added(pipeline.AddFile(Path.Combine(folder, "app.log"), o =>
                    {
                        o.MaxFileSize = 20_000;
                        o.RetainedFileCount = null;
                        o.QueueCapacity = random.Next(2) == 0 ? 64 : 10_000;
                        o.QueueFullMode = random.Next(2) == 0 ? QueueFullMode.Drop : QueueFullMode.Block;
                        o.MinimumLevel = (LogEventLevel)random.Next(3);
                    }), null, folder);
                    break;
                case 1:
                    var failing = new CountingSink { FailEvery = 1 + random.Next(5) };
                    entry = new Added(pipeline.AddSink(failing), failing, null);
                    break;
                default:
                    var counting = new CountingSink();
                    entry = new Added(pipeline.AddSink(counting, o => o.MinimumLevel = (LogEventLevel)random.Next(4)), counting, null);
                    break;
            }
            added.Enqueue(entry);
            live[entry.Handle] = entry;
            return entry;
        }

        void Operate(int thread)
        {
            var random = new Random(seed + thread);
            var pushed = new Stack<IDisposable>();
            try
            {
                while (stop.Elapsed < deadline)
                {
                    var op = random.Next(100);
                    if (op < 70)
                    {
                        for (var burst = 0; burst < 20; burst++)
                            pipeline.Logger.Write((LogEventLevel)random.Next(6), "Thread {Thread} op {Op} {Payload}", thread, operations[thread], new string('x', random.Next(200)));
                    }
                    else if (op < 78)
                    {
                        if (pushed.Count < 20 && random.Next(2) == 0)
                            pushed.Push(LogContext.Push("P" + random.Next(30).ToString(CultureInfo.InvariantCulture), random.Next()));
                        else if (pushed.Count > 0)
                            pushed.Pop().Dispose();
                    }
                    else if (op < 82)
                    {
                        if (live.Count < 12)
                            AddSink(random);
                    }
                    else if (op < 85)
                    {
                        var victim = live.Keys.ElementAtOrDefault(random.Next(Math.Max(1, live.Count)));
                        if (victim != null && live.TryRemove(victim, out _))
                        {
                            if (random.Next(2) == 0)
                                victim.Dispose();
                            else
                                victim.DisposeAsync().AsTask().Wait(Stall).Should().BeTrue("removing a sink finishes");
                        }
                    }
                    else if (op < 89)
                    {
                        pipeline.MinimumLevel = (LogEventLevel)random.Next(4);
                        if (live.Keys.ElementAtOrDefault(random.Next(Math.Max(1, live.Count))) is { } handle)
                            handle.MinimumLevel = (LogEventLevel)random.Next(5);
                    }
                    else if (op < 92)
                    {
                        pipeline.SetMinimumLevelOverrides([new("Stress", (LogEventLevel)random.Next(6)), new("Stress.Inner", (LogEventLevel)random.Next(6))]);
                        pipeline.Logger.ForContext("SourceContext", "Stress.Inner.X").Warning("override {N}", random.Next());
                    }
                    else if (op < 95)
                    {
                        pipeline.FlushAsync().Wait(Stall).Should().BeTrue("a flush finishes");
                    }
                    else if (op < 98)
                    {
                        if (random.Next(2) == 0)
                            pipeline.SetProperty("Reconfigured", random.Next());
                        else
                            pipeline.RemoveProperty("Reconfigured");
                    }
                    else if (op < 99)
                    {
                        // Reconfigure wholesale: every sink flushed and removed, new ones added.
                        foreach (var handle in live.Keys)
                            live.TryRemove(handle, out _);
                        pipeline.CloseAndFlushAsync().Wait(Stall).Should().BeTrue("closing finishes");
                        AddSink(random);
                    }
                    else
                    {
                        using (LogContext.Suspend())
                            pipeline.Logger.Information("suspended {Context}", pushed.Count);
                    }
                    operations[thread]++;
                    Volatile.Write(ref progress[thread], stop.ElapsedMilliseconds);
                }
            }
            catch (Exception ex)
            {
                errors.Enqueue(ex);
            }
            finally
            {
                while (pushed.Count > 0)
                    pushed.Pop().Dispose();
            }
        }

        var threads = Enumerable.Range(0, Threads).Select(i => new Thread(() => Operate(i)) { IsBackground = true, Name = "stress " + i }).ToArray();
        AddSink(new Random(seed));
        foreach (var thread in threads)
            thread.Start();

        // The watchdog: every thread must make progress; a stalled one is a deadlock or an unbounded wait.
        while (threads.Any(t => t.IsAlive))
        {
            await Task.Delay(200);
            var now = stop.ElapsedMilliseconds;
            for (var i = 0; i < Threads; i++)
            {
                if (threads[i].IsAlive && now - Volatile.Read(ref progress[i]) > Stall.TotalMilliseconds)
                    throw new Xunit.Sdk.XunitException($"thread {i} made no progress for {Stall.TotalSeconds} s (seed {seed}): a deadlock or an unbounded wait");
            }
        }
        errors.Should().BeEmpty("no operation throws (seed {0})", seed);

        await pipeline.CloseAndFlushAsync().WaitAsync(Stall);   // a TimeoutException if the final close stalls
        pipeline.Dispose();

        var totals = default(LogCounters);
        foreach (var (handle, counting, folder) in added)
        {
            var c = handle.Counters;
            totals += c;
            c.Accepted.Should().Be(c.Written + c.Dropped + c.Failed, "sink {0} reconciles: {1}", handle.Name, c);
            if (counting != null)
            {
                c.Written.Should().Be(counting.Received - counting.Thrown, "sink {0} wrote what it received", handle.Name);
                c.Failed.Should().Be(counting.Thrown, "sink {0} counts what it threw as failed", handle.Name);
            }
            if (folder != null)
            {
                // The log files only: the writer's app.log.lock beside them holds a line of its own.
                var lines = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.log").Sum(f => File.ReadLines(f).Count()) : 0;
                lines.Should().Be((int)c.Written, "file sink {0} has a line per written event ({1}, seed {2})", handle.Name, c, seed);
            }
        }
        pipeline.Counters.Should().Be(totals, "the pipeline's totals are its sinks' sums");

        var ops = operations.Sum();
        output.WriteLine($"{ops:N0} operations ({ops / Seconds:N0}/s), {added.Count} sinks; accepted {totals.Accepted:N0}, written {totals.Written:N0}, dropped {totals.Dropped:N0}, failed {totals.Failed:N0}");
        totals.Written.Should().BeGreaterThan(0);
    }
}
