namespace LogKit.Diagnostics;

/// <summary>
/// A sink's counts that only metrics read: drops by reason and, for file sinks, bytes, rotations and
/// archives. Kept as plain counters and published by observable instruments, so counting costs an
/// interlocked add on the writer thread (or the rare drop), never a metrics call per event.
/// </summary>
internal sealed class SinkMetrics
{
    readonly long[] _droppedByReason = new long[DropReasons.TagValues.Length];
    long _fileBytes;
    long _fileRotations;
    long _fileArchives;

    /// <summary>
    /// The <c>sink</c> tag: the handle's unique name (the configured name or one derived from the sink's kind),
    /// set when the sink is attached, before it receives any event.
    /// </summary>
    public string Name { get; set; } = "unattached";

    /// <summary>True for sinks that write log files: their file instruments are reported even at zero.</summary>
    public bool WritesFiles { get; set; }

    public void AddDropped(DropReason reason, long count = 1) => Interlocked.Add(ref _droppedByReason[(int)reason], count);

    public long Dropped(DropReason reason) => Volatile.Read(ref _droppedByReason[(int)reason]);

    public void AddFileBytes(long bytes) => Interlocked.Add(ref _fileBytes, bytes);

    public void AddFileRotation(long count = 1) => Interlocked.Add(ref _fileRotations, count);

    public void AddFileArchive(long count = 1) => Interlocked.Add(ref _fileArchives, count);

    public long FileBytes => Volatile.Read(ref _fileBytes);

    public long FileRotations => Volatile.Read(ref _fileRotations);

    public long FileArchives => Volatile.Read(ref _fileArchives);
}
