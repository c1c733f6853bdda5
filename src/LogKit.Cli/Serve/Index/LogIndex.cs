using System.Buffers.Binary;
using System.Security.Cryptography;
using LogKit.Cli.Reading;

namespace LogKit.Cli.Serve.Index;

/// <summary>
/// The in-memory index of the served files: per file, chunks of byte offsets per minute of time with their
/// level and template counts (offsets, not events: memory grows with minutes and files, not with events).
/// The first use scans everything; later refreshes read only what was appended, recognise renamed and
/// archived files by their first line, and drop files that retention deleted.
/// </summary>
internal sealed class LogIndex
{
    /// <summary>The time grid: a chunk never spans two cells, so counts per cell are exact.</summary>
    public const long Cell = TimeSpan.TicksPerMinute;

    /// <summary>A chunk ends at this size even inside a cell, to bound the cost of re-reading one.</summary>
    const long MaxChunkBytes = 1024 * 1024;

    const int MaxInvalidKept = 200;

    /// <summary>As the engine's reader: a file whose first lines are all invalid is not a log.</summary>
    const int NotClefAfterLines = 5;

    readonly Func<IReadOnlyList<string>> _listFiles;
    readonly TimeProvider _time;
    readonly TimeSpan _refreshInterval;
    readonly Action<ReadProblem> _report;
    readonly SemaphoreSlim _refreshLock = new(1, 1);
    readonly Dictionary<string, IndexedFile> _byPath = new(StringComparer.Ordinal);
    readonly List<ReadProblem> _invalid = [];
    readonly Lock _invalidLock = new();
    IndexSnapshot _snapshot = IndexSnapshot.Empty;
    long _refreshedAt = long.MinValue;
    long _sequence;
    int _nextFileId;
    int _invalidCount;

    public LogIndex(Func<IReadOnlyList<string>> listFiles, TimeProvider time, TimeSpan refreshInterval, Action<ReadProblem> report)
    {
        _listFiles = listFiles;
        _time = time;
        _refreshInterval = refreshInterval;
        _report = report;
    }

    public TemplateTable Templates { get; } = new();

    public ArchiveSpool Archives { get; } = new();

    public IndexSnapshot Current => Volatile.Read(ref _snapshot);

    /// <summary>The current snapshot, refreshed first when the last refresh is older than the refresh interval.</summary>
    public async ValueTask<IndexSnapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_time.GetElapsedTime(Volatile.Read(ref _refreshedAt)) < _refreshInterval && _refreshedAt != long.MinValue)
            return Current;
        await _refreshLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_refreshedAt == long.MinValue || _time.GetElapsedTime(_refreshedAt) >= _refreshInterval)
                await Task.Run(RefreshCore, cancellationToken).ConfigureAwait(false);
            return Current;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    /// <summary>Refreshes now, whatever the interval (tests, and a query that found a file gone).</summary>
    public IndexSnapshot Refresh()
    {
        _refreshLock.Wait();
        try
        {
            RefreshCore();
            return Current;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    void RefreshCore()
    {
        var listed = _listFiles();
        var previous = new Dictionary<string, IndexedFile>(_byPath, StringComparer.Ordinal);
        var unclaimed = new HashSet<IndexedFile>(_byPath.Values);
        var work = new List<(IndexedFile File, long Length)>();
        var changed = false;
        _byPath.Clear();

        foreach (var path in listed)
        {
            if (_byPath.ContainsKey(path))
                continue;
            var location = FileLocation.For(path);
            var stamp = Stamp(path);
            if (stamp != null && previous.TryGetValue(path, out var unchanged) && unchanged.Stamp == stamp && unclaimed.Contains(unchanged))
            {
                // Same size and time as last look: nothing new, and no need to read its first line again.
                unclaimed.Remove(unchanged);
                _byPath[path] = unchanged;
                continue;
            }

            changed = true;
            var fingerprint = Fingerprint(location);
            if (fingerprint is null)
                continue; // empty, or its first line is still being written, or unreadable right now

            IndexedFile? file = null;
            if (previous.TryGetValue(path, out var same) && same.Fingerprint == fingerprint && unclaimed.Contains(same))
                file = same;
            else
                file = unclaimed.FirstOrDefault(f => f.Fingerprint == fingerprint);

            var length = location.IsArchive ? long.MaxValue : SafeLength(path);
            if (file != null && length < file.IndexedLength)
                file = null; // shorter than what we read: rewritten, read it again

            if (file == null)
                file = new IndexedFile { Id = Interlocked.Increment(ref _nextFileId), Fingerprint = fingerprint.Value, Location = location };
            else
                file.Location = location;

            unclaimed.Remove(file);
            _byPath[path] = file;
            file.Stamp = stamp;

            var archiveDone = location.IsArchive && file.IndexedLength > 0 && ArchiveSpool.GzipLength(path) is { } size && size == (file.IndexedLength & 0xFFFFFFFF);
            if (!archiveDone && length > file.IndexedLength)
                work.Add((file, length));
        }

        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, item => IndexFile(item.File, item.Length));
        if (!changed && unclaimed.Count == 0)
        {
            Volatile.Write(ref _refreshedAt, _time.GetTimestamp());
            return;
        }

        var chunks = _byPath.Values.Distinct().SelectMany(f => f.Chunks).ToArray();
        Array.Sort(chunks, static (a, b) => b.MaxTicks != a.MaxTicks ? b.MaxTicks.CompareTo(a.MaxTicks) : b.Sequence.CompareTo(a.Sequence));
        long bytes = 0;
        foreach (var file in _byPath.Values)
            bytes += file.IndexedLength;
        ReadProblem[] sample;
        int invalidCount;
        lock (_invalidLock)
        {
            sample = [.. _invalid];
            invalidCount = _invalidCount;
        }
        Volatile.Write(ref _snapshot, new IndexSnapshot(chunks, _byPath.Count, bytes, Interlocked.Read(ref _sequence), sample, invalidCount));
        Volatile.Write(ref _refreshedAt, _time.GetTimestamp());
    }

    void IndexFile(IndexedFile file, long length)
    {
        Stream stream;
        try
        {
            stream = file.Location.IsArchive ? ArchiveSpool.OpenSequential(file.Location) : ArchiveSpool.OpenShared(file.Location.Path);
        }
        catch (IOException)
        {
            return; // gone since it was listed; the next refresh sees it
        }
        catch (UnauthorizedAccessException)
        {
            Report(new ReadProblem(file.Location.Path, null, ReadProblemKind.Unreadable, "cannot be read (permission denied); skipped"));
            return;
        }

        using (stream)
        {
            var builder = new ChunkBuilder(this, file);
            try
            {
                if (file.Location.IsArchive)
                    SkipBytes(stream, file.IndexedLength);
                else
                    stream.Seek(file.IndexedLength, SeekOrigin.Begin);

                var end = LineReader.Read(stream, file.IndexedLength, length, builder.Add,
                    tooLong: offset => Report(new ReadProblem(file.Location.Path, ++file.LineCount, ReadProblemKind.LineTooLong, $"a line longer than {LineReader.MaxLineBytes / (1024 * 1024)} MB skipped")));
                builder.Flush(end);
                builder.ReportHeld();
                file.IndexedLength = end;
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException)
            {
                // A truncated archive: keep what was read, report it once.
                builder.Flush(builder.LastEnd);
                file.IndexedLength = builder.LastEnd;
                Report(new ReadProblem(file.Location.Path, file.LineCount + 1, file.Location.IsArchive ? ReadProblemKind.DamagedArchive : ReadProblemKind.Unreadable, ex.Message + "; the events before it are kept"));
                if (file.Location.IsArchive)
                    file.IndexedLength = long.MaxValue; // never retry a broken archive
            }
        }
    }

    void Report(ReadProblem line)
    {
        lock (_invalidLock)
        {
            _invalidCount++;
            if (_invalid.Count < MaxInvalidKept)
                _invalid.Add(line);
        }
        _report(line);
    }

    static void SkipBytes(Stream stream, long count)
    {
        var scratch = new byte[64 * 1024];
        while (count > 0)
        {
            var n = stream.Read(scratch, 0, (int)Math.Min(scratch.Length, count));
            if (n == 0)
                return;
            count -= n;
        }
    }

    /// <summary>The file's size and last write time, or null when it cannot be read now.</summary>
    static (long Length, DateTime Written)? Stamp(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? (info.Length, info.LastWriteTimeUtc) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    static long SafeLength(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>A hash of the file's first complete line, or null when it has none yet.</summary>
    static ulong? Fingerprint(FileLocation location)
    {
        try
        {
            using var stream = ArchiveSpool.OpenSequential(location);
            var buffer = new byte[4096];
            var filled = 0;
            while (filled < buffer.Length)
            {
                var n = stream.Read(buffer, filled, buffer.Length - filled);
                if (n == 0)
                    break;
                filled += n;
            }
            var span = buffer.AsSpan(0, filled);
            var newline = span.IndexOf((byte)'\n');
            if (newline < 0 && filled < buffer.Length)
                return null;
            return BinaryPrimitives.ReadUInt64LittleEndian(SHA256.HashData(newline < 0 ? span : span[..newline])) | 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Cuts one file's lines into chunks as they are read.</summary>
    sealed class ChunkBuilder(LogIndex index, IndexedFile file)
    {
        readonly List<ReadProblem> _held = [];
        ChunkStats? _stats;
        long _start;
        long _cell;
        long _min;
        long _max;

        public long LastEnd { get; private set; } = file.IndexedLength;

        public void Add(long offset, ReadOnlySpan<byte> line)
        {
            file.LineCount++;
            if (file.IsNotClef)
                return;
            if (line.IsEmpty || line.Trim(" \t\r"u8).IsEmpty)
            {
                LastEnd = offset + line.Length + 1;
                return;
            }

            if (!ClefLineScanner.TryScan(line, out var ticks, out var level, out var template, out var error))
            {
                LastEnd = offset + line.Length + 1;
                if (file.ValidLines == 0 && ++file.LeadingInvalidLines >= NotClefAfterLines)
                {
                    // A foreign file in the folder: say so once instead of once per line.
                    file.IsNotClef = true;
                    _held.Clear();
                    index.Report(new ReadProblem(file.Location.Path, null, ReadProblemKind.NotClef, $"not a CLEF file (its first {NotClefAfterLines} lines are not events); skipped"));
                    return;
                }
                var torn = ClefReader.LooksCutShort(line);
                var problem = torn
                    ? new ReadProblem(file.Location.Path, file.LineCount, ReadProblemKind.TornLine, "torn line (an event cut short mid-write) skipped")
                    : new ReadProblem(file.Location.Path, file.LineCount, ReadProblemKind.InvalidLine, (error ?? "not a CLEF event") + "; skipped");
                // Before the first event, wait: if the file turns out not to be CLEF, one report says so.
                if (file.ValidLines == 0)
                    _held.Add(problem);
                else
                    index.Report(problem);
                return;
            }
            if (file.ValidLines++ == 0)
                ReportHeld();

            var cell = ticks - ticks % Cell;
            if (_stats != null && (cell != _cell || offset - _start >= MaxChunkBytes))
                Flush(offset);
            if (_stats == null)
            {
                _stats = new ChunkStats();
                _start = offset;
                _cell = cell;
                _min = ticks;
                _max = ticks;
            }
            _min = Math.Min(_min, ticks);
            _max = Math.Max(_max, ticks);
            _stats.Add((int)level, index.Templates.IdOf(template));
            LastEnd = offset + line.Length + 1;
        }

        /// <summary>Reports the invalid lines held back while the file had no event yet.</summary>
        public void ReportHeld()
        {
            foreach (var problem in _held)
                index.Report(problem);
            _held.Clear();
        }

        public void Flush(long end)
        {
            if (_stats == null)
                return;
            file.Chunks.Add(new Chunk
            {
                Sequence = Interlocked.Increment(ref index._sequence),
                File = file,
                Start = _start,
                End = end,
                Cell = _cell,
                MinTicks = _min,
                MaxTicks = _max,
                Stats = _stats,
            });
            _stats = null;
        }
    }
}
