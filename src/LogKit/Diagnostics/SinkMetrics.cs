namespace LogKit.Diagnostics;

/// <summary>
/// A file sink's counts that only metrics read: bytes, rotations and archives (drops by reason are in
/// <see cref="Pipeline.SinkCounters"/>). Kept as plain counters and published by observable instruments, so counting costs an
/// interlocked add on the writer thread (or the rare drop), never a metrics call per event.
/// </summary>
internal sealed class SinkMetrics
{
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

    public void AddFileBytes(long bytes) => Interlocked.Add(ref _fileBytes, bytes);

    public void AddFileRotation(long count = 1) => Interlocked.Add(ref _fileRotations, count);

    public void AddFileArchive(long count = 1) => Interlocked.Add(ref _fileArchives, count);

    public long FileBytes => Volatile.Read(ref _fileBytes);

    public long FileRotations => Volatile.Read(ref _fileRotations);

    public long FileArchives => Volatile.Read(ref _fileArchives);
}
