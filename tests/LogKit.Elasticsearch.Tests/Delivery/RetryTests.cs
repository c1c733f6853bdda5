using LogKit.Elasticsearch.Tests.Support;
using LogKit.Elasticsearch.Tests.Support.Fake;

namespace LogKit.Elasticsearch.Tests.Delivery;

/// <summary>Failures by kind: each ends with every event stored exactly once.</summary>
public class RetryTests
{
    [Fact]
    public async Task RetriesRandomItemFailuresAloneUntilEveryEventIsStoredOnce()
    {
        using var folder = TempFolder.ForCaller();
        await using var cluster = await FakeCluster.StartAsync();
        // About 10% of items fail (429 or 503) the first time they are seen, some a second time too.
        cluster.ItemFaults = item =>
        {
            var hash = (uint)item.Id.GetHashCode();
            if (hash % 10 != 0 || item.Attempt > 1 + (int)(hash / 10 % 2))
                return null;
            return hash % 20 == 0
                ? new ItemFault(429, "es_rejected_execution_exception", "rejected execution of coordinating operation")
                : new ItemFault(503, "unavailable_shards_exception", "primary shard is not active");
        };
        await using (var sink = TestSinks.Create(cluster.Uri, folder.Path))
        {
            for (var i = 0; i < 20_000; i += 1000)
                await sink.EmitBatchAsync(Some.Events(i, 1000));
            await TestSinks.Eventually(() => sink.Buffer.IsEmpty && cluster.Count == 20_000);
            sink.Metrics.Retried.Should().BeGreaterThan(1000, "about one item in ten failed at least once");
            sink.Metrics.Sent.Should().Be(20_000);
        }

        cluster.ItemStatuses.Keys.Should().Contain([429, 503]);
        StoreAssert.HoldsExactlyOnce(cluster, 20_000);
    }

    [Fact]
    public async Task RidesOutAStormOfWholeRequest429s()
    {
        using var folder = TempFolder.ForCaller();
        await using var cluster = await FakeCluster.StartAsync();
        cluster.RequestFaults = request => request.Sequence <= 12 ? new RequestFault.Status(429) : null;
        await using (var sink = TestSinks.Create(cluster.Uri, folder.Path))
        {
            for (var i = 0; i < 5000; i += 500)
                await sink.EmitBatchAsync(Some.Events(i, 500));
            await TestSinks.Eventually(() => sink.Buffer.IsEmpty && cluster.Count == 5000);
        }

        cluster.Requests.Should().BeGreaterThan(12);
        StoreAssert.HoldsExactlyOnce(cluster, 5000);
    }

    [Theory]
    [InlineData("lost")]
    [InlineData("reset")]
    [InlineData("slow")]
    [InlineData("503")]
    public async Task AResponseThatNeverArrivesIsRetriedAnd409MeansDelivered(string fault)
    {
        using var folder = TempFolder.ForCaller();
        var clock = TestSinks.FastClock();
        await using var cluster = await FakeCluster.StartAsync(time: clock);
        // Every third request fails in the given way: lost responses and slow ones were stored first.
        cluster.RequestFaults = request => request.Sequence % 3 != 1 ? null : fault switch
        {
            "lost" => new RequestFault.LoseResponse(),
            "reset" => new RequestFault.ResetMidBody(),
            "slow" => new RequestFault.Slow(TimeSpan.FromSeconds(20)),
            _ => new RequestFault.Status(503),
        };
        await using (var sink = TestSinks.Create(cluster.Uri, folder.Path, clock, o => o.RequestTimeout = TimeSpan.FromSeconds(5)))
        {
            for (var i = 0; i < 3000; i += 300)
                await sink.EmitBatchAsync(Some.Events(i, 300));
            await TestSinks.Eventually(() => sink.Buffer.IsEmpty && cluster.Count == 3000);
            sink.Metrics.Sent.Should().Be(3000);
        }

        if (fault is "lost" or "slow")
            cluster.ItemStatuses.Should().ContainKey(409, "documents stored before the answer was lost come back as conflicts");
        StoreAssert.HoldsExactlyOnce(cluster, 3000);
    }

    [Fact]
    public async Task A413HalvesTheRequestUntilItFits()
    {
        using var folder = TempFolder.ForCaller();
        await using var cluster = await FakeCluster.StartAsync();
        cluster.MaxContentLength = 40_000;
        await using (var sink = TestSinks.Create(cluster.Uri, folder.Path))
        {
            await sink.EmitBatchAsync(Some.Events(0, 1000));
            sink.Metrics.Sent.Should().Be(1000);
            sink.Metrics.Buffered.Should().Be(0, "halving happens within the request, not through the buffer");
        }

        StoreAssert.HoldsExactlyOnce(cluster, 1000);
    }

    [Fact]
    public async Task ATwoNodeClusterWithOneNodeDeadDeliversEverythingThroughTheOther()
    {
        using var folder = TempFolder.ForCaller();
        await using var cluster = await FakeCluster.StartAsync();
        var dead = FakeCluster.DeadNodeUri();
        await using (var sink = TestSinks.Create(cluster.Uri, folder.Path, configure: o => o.Nodes = [dead, cluster.Uri]))
        {
            for (var i = 0; i < 10_000; i += 500)
                await sink.EmitBatchAsync(Some.Events(i, 500));
            sink.Metrics.Buffered.Should().Be(0, "a refused connection moves to the other node at once");
        }

        StoreAssert.HoldsExactlyOnce(cluster, 10_000);
    }

    [Fact]
    public async Task ANodeDownForAWhileIsSkippedThenUsedAgain()
    {
        using var folder = TempFolder.ForCaller();
        var clock = TestSinks.FastClock();
        await using var cluster = await FakeCluster.StartAsync(nodes: 2, time: clock);
        cluster.Nodes[1].DownUntil(clock.GetUtcNow() + TimeSpan.FromSeconds(30));
        await using (var sink = TestSinks.Create(cluster.Uri, folder.Path, clock, o => o.Nodes = [cluster.Nodes[0].Uri, cluster.Nodes[1].Uri]))
        {
            for (var i = 0; i < 4000; i += 200)
                await sink.EmitBatchAsync(Some.Events(i, 200));
            await TestSinks.Eventually(() => !cluster.Nodes[1].IsDown(clock));
            var before = cluster.Nodes[1].Requests;
            for (var i = 4000; i < 8000; i += 200)
            {
                await sink.EmitBatchAsync(Some.Events(i, 200));
                await Task.Delay(20);
            }
            cluster.Nodes[1].Requests.Should().BeGreaterThan(before, "the node is back in rotation once it answers again");
        }

        StoreAssert.HoldsExactlyOnce(cluster, 8000);
    }
}
