using System.Buffers;
using System.Globalization;
using LogKit.Elasticsearch.Documents;
using Microsoft.Win32.SafeHandles;

namespace LogKit.Elasticsearch.Buffer;

/// <summary>
/// The durable spill folder: batches the cluster has not accepted are appended to segment files
/// (<c>buffer-00000001.bin</c>, ...) with an fsync per batch, read back oldest first, and
/// acknowledged by moving a checkpoint that is replaced atomically. Opening it repairs a torn tail
/// (a record cut short by a crash, or with a bad checksum) by truncating to the last whole record,
/// and holds an exclusive lock file so a second process cannot use the same folder.
/// Thread-safe: the delivery path appends while the replayer reads and acknowledges.
/// </summary>
internal sealed class DurableBuffer : IDisposable
{
    const string LockName = "buffer.lock";
    const string CheckpointName = "checkpoint";
    const string SegmentPrefix = "buffer-";
    const string SegmentSuffix = ".bin";

    readonly string _folder;
    readonly long _maxBytes;
    readonly long _segmentBytes;
    readonly FileStream _lock;
    readonly Lock _sync = new();
    readonly LinkedList<BufferRecord> _records = new();
    readonly Dictionary<int, int> _liveRecordsPerSegment = [];
    FileStream? _writer;
    int _writeSegment;
    long _sequence;
    long _bytes;
    long _events;
    int _inFlight;
    bool _disposed;

    DurableBuffer(string folder, long maxBytes, long segmentBytes, FileStream lockFile)
    {
        _folder = folder;
        _maxBytes = maxBytes;
        _segmentBytes = segmentBytes;
        _lock = lockFile;
    }

    /// <summary>Where dead-lettered events go: a CLEF file beside the segments.</summary>
    public string DeadLetterPath => Path.Combine(_folder, "dead-letter.clef");

    /// <summary>Bytes of records not yet acknowledged.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Events in records not yet acknowledged.</summary>
    public long Events => Interlocked.Read(ref _events);

    public bool IsEmpty
    {
        get { lock (_sync) return _records.Count == 0; }
    }

    /// <summary>The UTC ticks of the oldest event still buffered, or null when empty.</summary>
    public long? OldestTicks
    {
        get { lock (_sync) return _records.First?.Value.OldestTicks; }
    }

    /// <summary>Repairs torn tails and warnings go to <paramref name="report"/>.</summary>
    /// <exception cref="IOException">Another process (or sink) holds the folder.</exception>
    public static DurableBuffer Open(string folder, long maxBytes, Action<string>? report = null)
    {
        Directory.CreateDirectory(folder);
        // FileShare.None takes an exclusive lock that another process (or another open in this one) cannot get.
        var lockFile = new FileStream(Path.Combine(folder, LockName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
        var segmentBytes = Math.Clamp(maxBytes / 8, 64 * 1024, 64L * 1024 * 1024);
        var buffer = new DurableBuffer(folder, maxBytes, segmentBytes, lockFile);
        try
        {
            buffer.Load(report);
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
        return buffer;
    }

    void Load(Action<string>? report)
    {
        var (checkpointSegment, checkpointOffset) = ReadCheckpoint();
        var segments = Directory.EnumerateFiles(_folder, SegmentPrefix + "*" + SegmentSuffix)
            .Select(path => (path, number: SegmentNumber(path)))
            .Where(s => s.number > 0)
            .OrderBy(s => s.number)
            .ToList();
        foreach (var (path, number) in segments)
        {
            if (number < checkpointSegment)
            {
                File.Delete(path);
                continue;
            }
            var validEnd = Scan(path, number, number == checkpointSegment ? checkpointOffset : 0);
            var length = new FileInfo(path).Length;
            if (validEnd < length)
            {
                report?.Invoke($"repaired a torn tail of {Path.GetFileName(path)}: kept {validEnd} of {length} bytes");
                using var truncate = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
                truncate.SetLength(validEnd);
                truncate.Flush(flushToDisk: true);
            }
            _writeSegment = number;
        }
        if (_writeSegment == 0)
            _writeSegment = Math.Max(1, checkpointSegment);
        foreach (var segment in _liveRecordsPerSegment.Where(s => s.Value == 0 && s.Key != _writeSegment).Select(s => s.Key).ToList())
            DeleteSegment(segment);
    }

    long Scan(string path, int segment, long skipBefore)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var length = RandomAccess.GetLength(handle);
        Span<byte> header = stackalloc byte[BufferRecord.HeaderSize];
        long offset = 0;
        _liveRecordsPerSegment.TryAdd(segment, 0);
        while (offset + BufferRecord.HeaderSize <= length)
        {
            if (RandomAccess.Read(handle, header, offset) < BufferRecord.HeaderSize
                || !BufferRecord.TryReadHeader(header, out var magic, out var payloadLength, out var count, out var oldest, out var crc)
                || offset + BufferRecord.HeaderSize + payloadLength > length)
                break;
            var payload = ArrayPool<byte>.Shared.Rent(Math.Max(1, payloadLength));
            try
            {
                if (RandomAccess.Read(handle, payload.AsSpan(0, payloadLength), offset + BufferRecord.HeaderSize) < payloadLength
                    || Crc32.Compute(payload.AsSpan(0, payloadLength)) != crc)
                    break;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(payload);
            }
            var record = new BufferRecord(segment, offset, payloadLength, count, oldest, crc, ++_sequence);
            if (magic == BufferRecord.LiveMagic && offset >= skipBefore)
                AddLive(record);
            offset = record.End;
        }
        return offset;
    }

    void AddLive(BufferRecord record)
    {
        _records.AddLast(record);
        _liveRecordsPerSegment[record.Segment] = _liveRecordsPerSegment.GetValueOrDefault(record.Segment) + 1;
        Interlocked.Add(ref _bytes, record.Size);
        Interlocked.Add(ref _events, record.Count);
    }

    /// <summary>
    /// Appends the items as one record and fsyncs it. When the buffer would exceed its size, the
    /// oldest records not being replayed right now are dropped first.
    /// </summary>
    /// <returns>How many older events were dropped to make room.</returns>
    public long Append(IReadOnlyList<BulkItem> items)
    {
        if (items.Count == 0)
            return 0;
        var length = 0;
        var oldest = long.MaxValue;
        foreach (var item in items)
        {
            length += item.Lines.Length;
            oldest = Math.Min(oldest, item.TimestampTicks);
        }
        var frame = ArrayPool<byte>.Shared.Rent(BufferRecord.HeaderSize + length);
        try
        {
            var position = BufferRecord.HeaderSize;
            foreach (var item in items)
            {
                item.Lines.Span.CopyTo(frame.AsSpan(position));
                position += item.Lines.Length;
            }
            var crc = Crc32.Compute(frame.AsSpan(BufferRecord.HeaderSize, length));
            BufferRecord.WriteHeader(frame, length, items.Count, oldest, crc);
            lock (_sync)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                var dropped = MakeRoom(BufferRecord.HeaderSize + length);
                var writer = Writer();
                var offset = writer.Position;
                writer.Write(frame, 0, BufferRecord.HeaderSize + length);
                writer.Flush(flushToDisk: true);
                AddLive(new BufferRecord(_writeSegment, offset, length, items.Count, oldest, crc, ++_sequence));
                return dropped;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(frame);
        }
    }

    FileStream Writer()
    {
        if (_writer is not null && _writer.Length >= _segmentBytes)
        {
            _writer.Dispose();
            _writer = null;
            if (_liveRecordsPerSegment.GetValueOrDefault(_writeSegment) == 0)
                DeleteSegment(_writeSegment);
            _writeSegment++;
        }
        if (_writer is null)
        {
            _writer = new FileStream(SegmentPath(_writeSegment), FileMode.Append, FileAccess.Write, FileShare.ReadWrite, 1, FileOptions.None);
            _liveRecordsPerSegment.TryAdd(_writeSegment, 0);
        }
        return _writer;
    }

    long MakeRoom(long needed)
    {
        long dropped = 0;
        var node = _records.First;
        for (var skip = _inFlight; skip > 0 && node is not null; skip--)
            node = node.Next;
        while (node is not null && Bytes + needed > _maxBytes)
        {
            var next = node.Next;
            var record = node.Value;
            MarkDropped(record);
            _records.Remove(node);
            Forget(record);
            dropped += record.Count;
            node = next;
        }
        return dropped;
    }

    void MarkDropped(BufferRecord record)
    {
        using var handle = File.OpenHandle(SegmentPath(record.Segment), FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        Span<byte> magic = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(magic, BufferRecord.DroppedMagic);
        RandomAccess.Write(handle, magic, record.Offset);
        RandomAccess.FlushToDisk(handle);
    }

    void Forget(BufferRecord record)
    {
        Interlocked.Add(ref _bytes, -record.Size);
        Interlocked.Add(ref _events, -record.Count);
        var left = _liveRecordsPerSegment[record.Segment] - 1;
        _liveRecordsPerSegment[record.Segment] = left;
        if (left == 0 && record.Segment != _writeSegment)
            DeleteSegment(record.Segment);
    }

    /// <summary>
    /// Reads the oldest records (up to <paramref name="maxRecords"/> and about <paramref name="maxItems"/>
    /// events) for replay; they stay buffered until <see cref="Acknowledge"/>. One reader at a time.
    /// </summary>
    public IReadOnlyList<BufferedBatch> ReadOldest(int maxRecords, int maxItems)
    {
        List<BufferRecord> records = [];
        lock (_sync)
        {
            var items = 0;
            for (var node = _records.First; node is not null && records.Count < maxRecords && (records.Count == 0 || items + node.Value.Count <= maxItems); node = node.Next)
            {
                records.Add(node.Value);
                items += node.Value.Count;
            }
            _inFlight = records.Count;
        }
        var batches = new List<BufferedBatch>(records.Count);
        foreach (var record in records)
        {
            var payload = ArrayPool<byte>.Shared.Rent(Math.Max(1, record.PayloadLength));
            using (var handle = File.OpenHandle(SegmentPath(record.Segment), FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
                RandomAccess.Read(handle, payload.AsSpan(0, record.PayloadLength), record.Offset + BufferRecord.HeaderSize);
            batches.Add(new BufferedBatch(record, payload));
        }
        return batches;
    }

    /// <summary>Marks the records read by <see cref="ReadOldest"/> as delivered and moves the checkpoint past them.</summary>
    public void Acknowledge(IReadOnlyList<BufferedBatch> batches)
    {
        lock (_sync)
        {
            if (_disposed)
                return;
            _inFlight = 0;
            foreach (var batch in batches)
            {
                // A record dropped for room meanwhile is already gone.
                var node = _records.First;
                while (node is not null && node.Value.Sequence != batch.Record.Sequence)
                    node = node.Next;
                if (node is null)
                    continue;
                _records.Remove(node);
                Forget(node.Value);
            }
            var head = _records.First?.Value;
            WriteCheckpoint(head?.Segment ?? _writeSegment, head?.Offset ?? _writer?.Position ?? SegmentLength(_writeSegment));
        }
    }

    /// <summary>Ends a replay round without acknowledging (the records stay first in line).</summary>
    public void Release()
    {
        lock (_sync)
            _inFlight = 0;
    }

    long SegmentLength(int segment)
    {
        var info = new FileInfo(SegmentPath(segment));
        return info.Exists ? info.Length : 0;
    }

    void WriteCheckpoint(int segment, long offset)
    {
        var temp = Path.Combine(_folder, CheckpointName + ".tmp");
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(System.Text.Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{segment} {offset}\n")));
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, Path.Combine(_folder, CheckpointName), overwrite: true);
    }

    (int Segment, long Offset) ReadCheckpoint()
    {
        var path = Path.Combine(_folder, CheckpointName);
        if (!File.Exists(path))
            return (0, 0);
        var parts = File.ReadAllText(path).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var segment) && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var offset)
            ? (segment, offset)
            : (0, 0);
    }

    void DeleteSegment(int segment)
    {
        _liveRecordsPerSegment.Remove(segment);
        File.Delete(SegmentPath(segment));
    }

    string SegmentPath(int segment) => Path.Combine(_folder, SegmentPrefix + segment.ToString("D8", CultureInfo.InvariantCulture) + SegmentSuffix);

    static int SegmentNumber(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return int.TryParse(name.AsSpan(SegmentPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;
    }

    public void Dispose()
    {
        lock (_sync)
        {
            if (_disposed)
                return;
            _disposed = true;
            _writer?.Dispose();
            _lock.Dispose();
        }
    }
}
