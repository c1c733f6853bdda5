using System.Text.Json;
using LogKit.Elasticsearch.Tests.Support.Fake;

namespace LogKit.Elasticsearch.Tests.Support;

/// <summary>Asserts that the fake cluster stored every numbered event exactly once, as an ECS document.</summary>
public static class StoreAssert
{
    public static void HoldsExactlyOnce(FakeCluster cluster, int count, string dataStream = "logs-logkit-default")
    {
        var seen = new int[count];
        foreach (var stored in cluster.Documents)
        {
            stored.DataStream.Should().Be(dataStream);
            var doc = stored.Parse();
            var n = doc.GetProperty("logkit").GetProperty("properties").GetProperty("N").GetInt32();
            n.Should().BeInRange(0, count - 1);
            seen[n]++;
            EcsFields(doc, n);
        }
        var missing = seen.Select((c, n) => (c, n)).Where(x => x.c == 0).Select(x => x.n).Take(10).ToList();
        var duplicated = seen.Select((c, n) => (c, n)).Where(x => x.c > 1).Select(x => x.n).Take(10).ToList();
        missing.Should().BeEmpty("every event is stored (store holds {0} of {1})", cluster.Count, count);
        duplicated.Should().BeEmpty("no event is stored twice");
        cluster.Count.Should().Be(count);
    }

    public static void EcsFields(JsonElement doc, int n)
    {
        doc.GetProperty("@timestamp").GetDateTimeOffset().Offset.Should().Be(TimeSpan.Zero);
        doc.GetProperty("message").GetString().Should().StartWith($"Event {n} of ");
        doc.GetProperty("log").GetProperty("level").GetString().Should().Be("info");
        doc.GetProperty("ecs").GetProperty("version").GetString().Should().StartWith("8.");
        doc.GetProperty("service").GetProperty("name").GetString().Should().NotBeNullOrEmpty();
        doc.GetProperty("host").GetProperty("name").GetString().Should().Be(Environment.MachineName);
        doc.GetProperty("process").GetProperty("pid").GetInt32().Should().BePositive();
        doc.GetProperty("event").GetProperty("dataset").GetString().Should().NotBeNullOrEmpty();
        doc.GetProperty("logkit").GetProperty("template").GetString().Should().Contain("{N}");
        doc.GetProperty("logkit").GetProperty("template_hash").GetString().Should().MatchRegex("^[0-9a-f]{8}$");
        doc.GetProperty("logkit").GetProperty("properties").GetProperty("N").ValueKind.Should().Be(JsonValueKind.Number);
    }
}
