using LogKit.Elasticsearch.Tests.Support;
using LogKit.Elasticsearch.Tests.Support.Fake;

namespace LogKit.Elasticsearch.Tests.Delivery;

public class ElasticsearchSinkTests
{
    [Fact]
    public async Task DeliversASteadyLoadOfOneHundredThousandEventsExactlyOnce()
    {
        using var folder = TempFolder.ForCaller();
        await using var cluster = await FakeCluster.StartAsync();
        await using (var sink = TestSinks.Create(cluster.Uri, folder.Path))
        {
            for (var i = 0; i < 100_000; i += 1000)
                await sink.EmitBatchAsync(Some.Events(i, 1000));
            sink.Metrics.Sent.Should().Be(100_000);
            sink.Metrics.Buffered.Should().Be(0, "a healthy cluster takes every batch directly");
        }

        StoreAssert.HoldsExactlyOnce(cluster, 100_000);
    }
}
