using System.Diagnostics;
using LogKit.Elasticsearch.Tests.Support;
using LogKit.Elasticsearch.Tests.Support.Fake;
using Serilog.Events;

namespace LogKit.Elasticsearch.Tests.Delivery;

/// <summary>
/// Outages run on a clock 100 times faster than real time: the 30-second outage below lasts 0.3 real
/// seconds of the cluster's and the sink's time, while the logging itself runs at full speed.
/// </summary>
[Collection(SerialCollection.Name)]
public class OutageTests
{
    [Fact]
    public async Task AnOutageNeverBlocksLoggingKeepsMemoryBoundedAndLosesNothing()
    {
        using var folder = TempFolder.ForCaller();
        var clock = TestSinks.FastClock();
        await using var cluster = await FakeCluster.StartAsync(time: clock);
        cluster.Nodes[0].DownUntil(DateTimeOffset.MaxValue);
        const int count = 200_000;
        await using var pipeline = new LogPipeline();
        var handle = pipeline.AddElasticsearch(cluster.Uri, o =>
        {
            o.BufferPath = folder.Path;
            o.TimeProvider = clock;
            o.RequestTimeout = TimeSpan.FromSeconds(1000);
            o.ShutdownTimeout = TimeSpan.FromHours(1);
            o.QueueCapacity = 5000;
        });

        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        var slowest = TimeSpan.Zero;
        var outageStart = clock.GetUtcNow();
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            pipeline.Logger.Write(LogEventLevel.Information, "Event {N} of {Batch}", i, "outage");
            var took = Stopwatch.GetElapsedTime(started);
            if (took > slowest)
                slowest = took;
            if (i % 20_000 == 0)
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false) - baseline);
        }
        await handle.FlushAsync();
        var heldDuringOutage = GC.GetTotalMemory(forceFullCollection: true) - baseline;

        handle.Counters.Dropped.Should().Be(0);
        cluster.Count.Should().Be(0, "the cluster is down");
        heldDuringOutage.Should().BeLessThan(32L * 1024 * 1024, "the events are on disk, not in memory");
        Directory.EnumerateFiles(folder.Path, "buffer-*.bin").Sum(f => new FileInfo(f).Length).Should().BeGreaterThan(50L * 1024 * 1024);

        // The outage lasts at least 30 s on the sink's clock, then the node comes back.
        await TestSinks.Eventually(() => clock.GetUtcNow() - outageStart > TimeSpan.FromSeconds(30));
        cluster.Nodes[0].DownUntil(DateTimeOffset.MinValue);
        await TestSinks.Eventually(() => cluster.Count == count, TimeSpan.FromSeconds(120));
        await handle.DisposeAsync();

        StoreAssert.HoldsExactlyOnce(cluster, count);
        Directory.EnumerateFiles(folder.Path, "buffer-*.bin").Sum(f => new FileInfo(f).Length).Should().BeLessThan(64L * 1024 * 1024);
        slowest.Should().BeLessThan(TimeSpan.FromSeconds(1), "no log call waits on the cluster (the slowest took {0})", slowest);
    }

    [Fact]
    public async Task ClosingDeliversWithinShutdownTimeoutAndKeepsTheRestBufferedForTheNextStart()
    {
        using var folder = TempFolder.ForCaller();
        var clock = TestSinks.FastClock();
        await using var cluster = await FakeCluster.StartAsync(time: clock);
        cluster.Nodes[0].DownUntil(DateTimeOffset.MaxValue);

        var sink = TestSinks.Create(cluster.Uri, folder.Path, clock, o => o.ShutdownTimeout = TimeSpan.FromSeconds(50));
        for (var i = 0; i < 3000; i += 500)
            await sink.EmitBatchAsync(Some.Events(i, 500));
        var closing = Stopwatch.StartNew();
        await sink.DisposeAsync();
        closing.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "50 s on this clock is half a real second");
        cluster.Count.Should().Be(0);

        cluster.Nodes[0].DownUntil(DateTimeOffset.MinValue);
        await using (var next = TestSinks.Create(cluster.Uri, folder.Path, clock))
            await TestSinks.Eventually(() => next.Buffer.IsEmpty && cluster.Count == 3000);

        StoreAssert.HoldsExactlyOnce(cluster, 3000);
    }

    [Fact]
    public async Task CredentialsRefusedAreReportedOnceAndEventsWaitInTheBufferUntilTheyWork()
    {
        using var folder = TempFolder.ForCaller();
        using var selfLog = new SelfLogCapture();
        await using var cluster = await FakeCluster.StartAsync();
        cluster.RequiredAuthorization = "ApiKey good";
        await using (var sink = TestSinks.Create(cluster.Uri, folder.Path, configure: o => o.ApiKey = "stale"))
        {
            for (var i = 0; i < 2000; i += 200)
                await sink.EmitBatchAsync(Some.Events(i, 200));
            await TestSinks.Eventually(() => cluster.Nodes[0].Requests > 5);
            cluster.Count.Should().Be(0);
            sink.Buffer.Events.Should().Be(2000);
            selfLog.Lines.Count(l => l.Contains("401")).Should().Be(1, "reported once per burst");

            // The operator fixes the key on the cluster side (here: the cluster starts accepting this one).
            cluster.RequiredAuthorization = "ApiKey stale";
            await TestSinks.Eventually(() => sink.Buffer.IsEmpty && cluster.Count == 2000);
        }

        selfLog.Lines.Should().Contain(l => l.Contains("accepts the credentials again"));
        StoreAssert.HoldsExactlyOnce(cluster, 2000);
    }
}
