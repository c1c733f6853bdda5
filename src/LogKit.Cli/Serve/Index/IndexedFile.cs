namespace LogKit.Cli.Serve.Index;

/// <summary>One file the index has read: its identity (the first line's hash), how far it has been read, and its chunks.</summary>
internal sealed class IndexedFile
{
    public required int Id { get; init; }

    /// <summary>A hash of the first line: a renamed or archived file is recognised by it and keeps its chunks.</summary>
    public required ulong Fingerprint { get; init; }

    /// <summary>Where the file is now; swapped whole when it is renamed or archived.</summary>
    public required FileLocation Location { get; set; }

    /// <summary>Size and last write time when last looked at: unchanged, the file is not read again.</summary>
    public (long Length, DateTime Written)? Stamp { get; set; }

    /// <summary>Offset just past the last complete line indexed.</summary>
    public long IndexedLength { get; set; }

    /// <summary>Lines read so far, for line numbers in reports.</summary>
    public long LineCount { get; set; }

    public long ValidLines { get; set; }

    /// <summary>Invalid lines before the first valid one.</summary>
    public int LeadingInvalidLines { get; set; }

    /// <summary>True once its first lines showed it is not a CLEF file: read no further.</summary>
    public bool IsNotClef { get; set; }

    public List<Chunk> Chunks { get; } = [];
}
