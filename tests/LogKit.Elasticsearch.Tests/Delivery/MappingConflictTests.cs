using System.Text.Json;
using LogKit.Elasticsearch.Tests.Support;
using LogKit.Elasticsearch.Tests.Support.Fake;
using Serilog.Events;

namespace LogKit.Elasticsearch.Tests.Delivery;

public class MappingConflictTests
{
    [Fact]
    public async Task AConflictingPropertyIsRetriedAsTextAndNothingVanishes()
    {
        using var folder = TempFolder.ForCaller();
        await using var cluster = await FakeCluster.StartAsync();
        await using (var sink = TestSinks.Create(cluster.Uri, folder.Path))
        {
            // Amount is first a number; later a word: the mapper refuses those, the sink re-sends them with Amount as text.
            var events = Enumerable.Range(0, 200).Select(n =>
                Some.Event("Paid {Amount} for {N}", ("Amount", n % 4 == 3 ? "lots" : n), ("N", n))).ToList();
            await sink.EmitBatchAsync(events[..1]);
            await sink.EmitBatchAsync(events[1..]);
            sink.Metrics.DeadLettered.Should().Be(0);
            sink.Metrics.Sent.Should().Be(200);
        }

        cluster.Count.Should().Be(200);
        var asText = cluster.Documents.Select(d => d.Parse().GetProperty("logkit")).Where(l => l.TryGetProperty("properties_text", out _)).ToList();
        asText.Should().HaveCount(50);
        foreach (var logkit in asText)
        {
            JsonDocument.Parse(logkit.GetProperty("properties_text").GetString()!).RootElement.GetProperty("Amount").GetString().Should().Be("lots");
            logkit.GetProperty("properties").TryGetProperty("Amount", out _).Should().BeFalse();
            logkit.GetProperty("properties").GetProperty("N").ValueKind.Should().Be(JsonValueKind.Number, "only the offending property moves");
        }
    }

    [Fact]
    public async Task AnEventRefusedAgainIsDeadLetteredToClefAndCountsReconcile()
    {
        using var folder = TempFolder.ForCaller();
        await using var cluster = await FakeCluster.StartAsync();
        // Some documents are refused whatever their shape (as a strict mapping or an ingest pipeline would).
        cluster.ItemFaults = item => item.Document.Contains("\"Poison\":true", StringComparison.Ordinal) || item.Document.Contains("Poison\\\":true", StringComparison.Ordinal)
            ? new ItemFault(400, "mapper_parsing_exception", "failed to parse field [logkit.properties.Poison] of type [date]")
            : null;
        await using (var sink = TestSinks.Create(cluster.Uri, folder.Path))
        {
            var events = Enumerable.Range(0, 100).Select(n => Some.Event("Item {N} {Poison}", ("N", n), ("Poison", n % 10 == 0))).ToList();
            await sink.EmitBatchAsync(events);
            sink.Metrics.DeadLettered.Should().Be(10);
            (sink.Metrics.Sent + sink.Metrics.DeadLettered).Should().Be(100, "every event is indexed or dead-lettered");
        }

        cluster.Count.Should().Be(90);
        var deadLetters = File.ReadAllLines(Path.Combine(folder.Path, "dead-letter.clef")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        deadLetters.Should().HaveCount(10);
        deadLetters.Select(d => d.GetProperty("N").GetInt32()).Should().BeEquivalentTo(Enumerable.Range(0, 10).Select(n => n * 10));
        deadLetters.Should().OnlyContain(d => d.GetProperty("@mt").GetString() == "Item {N} {Poison}"
            && d.GetProperty("@l").GetString() == "Information"
            && d.GetProperty("DeadLetterReason").GetString()!.Contains("mapper_parsing_exception"));
    }

    [Fact]
    public async Task DocumentsTheFailureStoreTakesAreCountedAsAcceptedButMalformed()
    {
        using var folder = TempFolder.ForCaller();
        await using var cluster = await FakeCluster.StartAsync();
        cluster.FailureStore = true;
        await using (var sink = TestSinks.Create(cluster.Uri, folder.Path))
        {
            await sink.EmitBatchAsync([Some.Event("V {Value}", ("Value", 1))]);
            await sink.EmitBatchAsync([Some.Event("V {Value}", ("Value", "x")), Some.Event("V {Value}", ("Value", 2))]);
            sink.Metrics.FailureStored.Should().Be(1);
            sink.Metrics.Sent.Should().Be(3);
        }

        cluster.Documents.Count(d => d.InFailureStore).Should().Be(1);
    }
}
