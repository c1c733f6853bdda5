using System.Text;
using LogKit.Elasticsearch.Buffer;
using LogKit.Elasticsearch.Documents;
using LogKit.Elasticsearch.Tests.Support;

namespace LogKit.Elasticsearch.Tests.Buffer;

public class DurableBufferTests
{
    static List<BulkItem> Items(int from, int count, int padding = 0) => Enumerable.Range(from, count)
        .Select(n => new BulkItem("id" + n, Encoding.UTF8.GetBytes($"{{\"create\":{{\"_id\":\"id{n}\"}}}}\n{{\"n\":{n},\"pad\":\"{new string('x', padding)}\"}}\n"), 1000 + n))
        .ToList();

    static List<string> ReadAll(DurableBuffer buffer)
    {
        var batches = buffer.ReadOldest(int.MaxValue, int.MaxValue);
        var ids = batches.SelectMany(b => b.Items()).Select(i => i.Id).ToList();
        buffer.Release();
        foreach (var batch in batches)
            batch.Dispose();
        return ids;
    }

    [Fact]
    public void ReadsBackWhatWasAppendedInOrderWithTheSameIdsAndLines()
    {
        using var folder = TempFolder.ForCaller();
        using var buffer = DurableBuffer.Open(folder.Path, 1 << 20);
        buffer.Append(Items(0, 3));
        buffer.Append(Items(3, 2));

        var batches = buffer.ReadOldest(10, 100);
        var items = batches.SelectMany(b => b.Items()).ToList();

        items.Select(i => i.Id).Should().Equal("id0", "id1", "id2", "id3", "id4");
        Encoding.UTF8.GetString(items[4].Lines.Span).Should().Be("{\"create\":{\"_id\":\"id4\"}}\n{\"n\":4,\"pad\":\"\"}\n");
        Encoding.UTF8.GetString(items[4].Document.Span).Should().Be("{\"n\":4,\"pad\":\"\"}");
        buffer.Events.Should().Be(5);
        buffer.OldestTicks.Should().Be(1000);
    }

    [Fact]
    public void AcknowledgedRecordsAreNotReadAgainAfterARestart()
    {
        using var folder = TempFolder.ForCaller();
        using (var buffer = DurableBuffer.Open(folder.Path, 1 << 20))
        {
            buffer.Append(Items(0, 2));
            buffer.Append(Items(2, 2));
            var first = buffer.ReadOldest(1, 100);
            buffer.Acknowledge(first);
            first.Single().Dispose();
        }

        using var reopened = DurableBuffer.Open(folder.Path, 1 << 20);
        ReadAll(reopened).Should().Equal("id2", "id3");
    }

    [Fact]
    public void ATornTailIsCutOffAndTheWholeRecordsBeforeItSurvive()
    {
        using var folder = TempFolder.ForCaller();
        using (var buffer = DurableBuffer.Open(folder.Path, 1 << 20))
        {
            buffer.Append(Items(0, 2));
            buffer.Append(Items(2, 2));
        }
        var segment = Directory.GetFiles(folder.Path, "buffer-*.bin").Single();
        var length = new FileInfo(segment).Length;
        using (var stream = new FileStream(segment, FileMode.Open))
            stream.SetLength(length - 7);   // a crash in the middle of the second record

        var reports = new List<string>();
        using (var reopened = DurableBuffer.Open(folder.Path, 1 << 20, reports.Add))
        {
            ReadAll(reopened).Should().Equal("id0", "id1");
            reopened.Append(Items(9, 1));
            ReadAll(reopened).Should().Equal("id0", "id1", "id9");
        }
        reports.Should().ContainSingle().Which.Should().Contain("torn tail");
    }

    [Fact]
    public void ARecordWithABadChecksumEndsTheSegment()
    {
        using var folder = TempFolder.ForCaller();
        using (var buffer = DurableBuffer.Open(folder.Path, 1 << 20))
        {
            buffer.Append(Items(0, 1));
            buffer.Append(Items(1, 1));
        }
        var segment = Directory.GetFiles(folder.Path, "buffer-*.bin").Single();
        var bytes = File.ReadAllBytes(segment);
        bytes[^3] ^= 0xFF;
        File.WriteAllBytes(segment, bytes);

        using var reopened = DurableBuffer.Open(folder.Path, 1 << 20);
        ReadAll(reopened).Should().Equal("id0");
    }

    [Fact]
    public void WhenFullTheOldestRecordsAreDroppedAndCountedAndStayDroppedAfterARestart()
    {
        using var folder = TempFolder.ForCaller();
        long dropped = 0;
        using (var buffer = DurableBuffer.Open(folder.Path, 200_000))
        {
            for (var i = 0; i < 100; i += 10)
                dropped += buffer.Append(Items(i, 10, padding: 3000));
            buffer.Bytes.Should().BeLessThanOrEqualTo(200_000);
            (buffer.Events + dropped).Should().Be(100);
        }
        dropped.Should().BeGreaterThan(0);

        using var reopened = DurableBuffer.Open(folder.Path, 200_000);
        var ids = ReadAll(reopened);
        ids.Should().HaveCount((int)(100 - dropped));
        ids.Last().Should().Be("id99", "the newest are kept");
    }

    [Fact]
    public void SegmentsRollAndFullyAcknowledgedOnesAreDeleted()
    {
        using var folder = TempFolder.ForCaller();
        using var buffer = DurableBuffer.Open(folder.Path, 1_000_000);   // 125 KB segments
        for (var i = 0; i < 100; i += 10)
            buffer.Append(Items(i, 10, padding: 4000));
        Directory.GetFiles(folder.Path, "buffer-*.bin").Length.Should().BeGreaterThan(1);

        var batches = buffer.ReadOldest(int.MaxValue, int.MaxValue);
        buffer.Acknowledge(batches);

        buffer.IsEmpty.Should().BeTrue();
        buffer.Bytes.Should().Be(0);
        Directory.GetFiles(folder.Path, "buffer-*.bin").Length.Should().BeLessThanOrEqualTo(1);
    }

    [Fact]
    public void ASecondOpenOfTheSameFolderIsRefused()
    {
        using var folder = TempFolder.ForCaller();
        using var first = DurableBuffer.Open(folder.Path, 1 << 20);

        var second = () => DurableBuffer.Open(folder.Path, 1 << 20);

        second.Should().Throw<IOException>();
    }
}
