namespace LogKit.Cli.Serve.Index;

/// <summary>
/// A run of consecutive lines of one file whose events all fall in one grid cell of time
/// (<see cref="LogIndex.Cell"/>): where they are (byte offsets), when (first and last timestamps) and how many
/// of each level and template. No event is kept; queries re-read the bytes.
/// </summary>
internal sealed class Chunk
{
    public required long Sequence { get; init; }

    public required IndexedFile File { get; init; }

    /// <summary>Offset of the first line (in the decompressed content for an archive).</summary>
    public required long Start { get; init; }

    /// <summary>Offset just past the last line.</summary>
    public required long End { get; init; }

    /// <summary>The start of the grid cell (UTC ticks) every event of the chunk falls in.</summary>
    public required long Cell { get; init; }

    public required long MinTicks { get; init; }

    public required long MaxTicks { get; init; }

    public required ChunkStats Stats { get; init; }

    public bool Overlaps(long fromTicks, long toTicks) => MaxTicks >= fromTicks && MinTicks < toTicks;

    public bool Within(long fromTicks, long toTicks) => MinTicks >= fromTicks && MaxTicks < toTicks;
}
