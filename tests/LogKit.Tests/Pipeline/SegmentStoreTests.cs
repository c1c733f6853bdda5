using LogKit.Pipeline;

namespace LogKit.Tests.Pipeline;

public class SegmentStoreTests
{
    [Fact]
    public void KeepsRecordsInOrderWithTheirBoundariesAndTimestamps()
    {
        var store = new SegmentStore();
        store.Add("first\n"u8, 1);
        store.Add("second\n"u8, 2);
        var batch = new Queue<RecordSegment>();

        store.TakeAll(batch).Should().Be(2);

        var segment = batch.Should().ContainSingle().Subject;
        System.Text.Encoding.UTF8.GetString(segment.Buffer, segment.StartOf(1), segment.EndOf(1) - segment.StartOf(1)).Should().Be("second\n");
        segment.TimestampOf(0).Should().Be(1);
        segment.Length.Should().Be(13);
    }

    [Fact]
    public void ARecordLargerThanASegmentGetsASegmentOfItsOwnSize()
    {
        var store = new SegmentStore();
        store.Add("small\n"u8, 1);
        store.Add(new byte[SegmentStore.SegmentSize * 3], 2);
        var batch = new Queue<RecordSegment>();

        store.TakeAll(batch).Should().Be(2);

        batch.Select(s => s.Count).Should().Equal(1, 1);
        batch.Last().Buffer.Length.Should().Be(SegmentStore.SegmentSize * 3);
    }

    [Fact]
    public void TakingLeavesTheStoreEmptyAndReturnedSegmentsAreReused()
    {
        var store = new SegmentStore();
        store.Add("a\n"u8, 1);
        var batch = new Queue<RecordSegment>();
        store.TakeAll(batch);
        var taken = batch.Dequeue();

        store.TakeAll(batch).Should().Be(0);
        store.Return(taken);
        taken.Count.Should().Be(0, "a returned segment is reset");
        store.Add(new byte[SegmentStore.SegmentSize - 1], 2);    // fills the current segment
        store.Add("b\n"u8, 3);                                     // needs a new one: the returned segment
        store.TakeAll(batch).Should().Be(2);
        batch.Should().Contain(taken);
    }
}
