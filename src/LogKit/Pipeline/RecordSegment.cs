namespace LogKit.Pipeline;

/// <summary>
/// A run of formatted records in one byte array, with each record's end offset and timestamp, so a
/// writer can hand whole runs to the operating system in one call and still split them at record
/// boundaries when a file rolls.
/// </summary>
internal sealed class RecordSegment
{
    int[] _ends = new int[256];
    long[] _timestamps = new long[256];

    public RecordSegment(int size) => Buffer = new byte[size];

    public byte[] Buffer { get; }

    /// <summary>Bytes used.</summary>
    public int Length { get; private set; }

    /// <summary>Records held.</summary>
    public int Count { get; private set; }

    public int Free => Buffer.Length - Length;

    /// <summary>Where record <paramref name="index"/> starts.</summary>
    public int StartOf(int index) => index == 0 ? 0 : _ends[index - 1];

    /// <summary>Where record <paramref name="index"/> ends (exclusive).</summary>
    public int EndOf(int index) => _ends[index];

    /// <summary>Record <paramref name="index"/>'s timestamp, in UTC ticks.</summary>
    public long TimestampOf(int index) => _timestamps[index];

    public bool TryAdd(ReadOnlySpan<byte> record, long utcTicks)
    {
        if (record.Length > Free)
            return false;
        if (Count == _ends.Length)
        {
            Array.Resize(ref _ends, Count * 2);
            Array.Resize(ref _timestamps, Count * 2);
        }
        record.CopyTo(Buffer.AsSpan(Length));
        Length += record.Length;
        _ends[Count] = Length;
        _timestamps[Count] = utcTicks;
        Count++;
        return true;
    }

    public void Reset()
    {
        Length = 0;
        Count = 0;
    }
}
