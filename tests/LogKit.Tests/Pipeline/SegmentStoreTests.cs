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

    [Fact]
    public void AFailedAllocationLeavesTheStoreAsItWas()
    {
        var fail = false;
        var store = new SegmentStore(size => fail ? throw new OutOfMemoryException("test") : new RecordSegment(size));
        var record = new byte[SegmentStore.SegmentSize / 2 + 1];
        store.Add(record, 1);
        fail = true;

        FluentActions.Invoking(() => store.Add(record, 2)).Should().Throw<OutOfMemoryException>();
        fail = false;
        store.Add("after\n"u8, 3);
        var batch = new Queue<RecordSegment>();

        store.TakeAll(batch).Should().Be(2, "the first record once (not sealed and current both), and the one after");
        batch.Should().OnlyHaveUniqueItems();
        batch.SelectMany(s => Enumerable.Range(0, s.Count).Select(s.TimestampOf)).Should().Equal(1, 3);
    }

    [Fact]
    public void APreparedSegmentIsQueuedAfterTheRecordsAddedBeforeIt()
    {
        var store = new SegmentStore();
        store.Add("first\n"u8, 1);
        var large = store.Prepare(new byte[SegmentStore.OwnSegmentFrom], 2);
        store.AddSegment(large);
        store.Add("third\n"u8, 3);
        var batch = new Queue<RecordSegment>();

        store.TakeAll(batch).Should().Be(3);

        batch.SelectMany(s => Enumerable.Range(0, s.Count).Select(s.TimestampOf)).Should().Equal(1, 2, 3);
    }
}
