using LogKit.Cli.Reading;

namespace LogKit.Cli.Serve.Index;

/// <summary>What the index knew at one refresh: immutable, so queries never wait for the next refresh.</summary>
internal sealed class IndexSnapshot
{
    public static readonly IndexSnapshot Empty = new([], 0, 0, 0, [], 0);

    public IndexSnapshot(Chunk[] chunksNewestFirst, int fileCount, long bytes, long lastSequence, IReadOnlyList<ReadProblem> invalidSample, int invalidCount)
    {
        Chunks = chunksNewestFirst;
        FileCount = fileCount;
        Bytes = bytes;
        LastSequence = lastSequence;
        InvalidSample = invalidSample;
        InvalidCount = invalidCount;
        MinTicks = long.MaxValue;
        MaxTicks = long.MinValue;
        foreach (var chunk in chunksNewestFirst)
        {
            MinTicks = Math.Min(MinTicks, chunk.MinTicks);
            MaxTicks = Math.Max(MaxTicks, chunk.MaxTicks);
            EventCount += chunk.Stats.Total;
        }
    }

    /// <summary>Every chunk, by last timestamp, newest first.</summary>
    public Chunk[] Chunks { get; }

    public int FileCount { get; }

    public long Bytes { get; }

    public long EventCount { get; }

    /// <summary>The highest chunk sequence number: chunks indexed later have higher ones (the live tail follows them).</summary>
    public long LastSequence { get; }

    public long MinTicks { get; }

    public long MaxTicks { get; }

    public IReadOnlyList<ReadProblem> InvalidSample { get; }

    public int InvalidCount { get; }
}
