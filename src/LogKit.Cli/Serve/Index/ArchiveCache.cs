using System.IO.Compression;

namespace LogKit.Cli.Serve.Index;

/// <summary>
/// Decompressed archives, kept while they fit in a byte budget (least recently used goes first), so paging
/// through an archived file does not decompress it from the start for every page. A gzip stream cannot seek:
/// without the cache, reading at an offset means decompressing everything before it.
/// </summary>
internal sealed class ArchiveCache(long budgetBytes)
{
    readonly Lock _lock = new();
    readonly LinkedList<(string Path, DateTime Written, byte[] Bytes)> _entries = new();
    long _size;

    /// <summary>Opens <paramref name="location"/> positioned at <paramref name="offset"/> of its (decompressed) content.</summary>
    public Stream Open(FileLocation location, long offset)
    {
        if (!location.IsArchive)
        {
            var file = OpenShared(location.Path);
            file.Seek(offset, SeekOrigin.Begin);
            return file;
        }

        var bytes = Get(location.Path);
        if (bytes != null)
            return new MemoryStream(bytes, (int)Math.Min(offset, bytes.Length), (int)Math.Max(0, bytes.Length - offset), writable: false);

        var stream = new GZipStream(OpenShared(location.Path), CompressionMode.Decompress);
        Skip(stream, offset);
        return stream;
    }

    /// <summary>Opens a whole file's content from its start, for a sequential scan (archives are not cached for it).</summary>
    public static Stream OpenSequential(FileLocation location)
    {
        var file = OpenShared(location.Path);
        return location.IsArchive ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    public static FileStream OpenShared(string path)
        => new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024);

    byte[]? Get(string path)
    {
        DateTime written;
        try
        {
            written = File.GetLastWriteTimeUtc(path);
        }
        catch (IOException)
        {
            return null;
        }

        lock (_lock)
        {
            for (var node = _entries.First; node != null; node = node.Next)
            {
                if (node.Value.Path == path && node.Value.Written == written)
                {
                    _entries.Remove(node);
                    _entries.AddFirst(node);
                    return node.Value.Bytes;
                }
            }
        }

        // An archive larger than half the budget is streamed instead: it would evict everything else.
        var length = GzipLength(path);
        if (length is null || length > budgetBytes / 2)
            return null;

        var bytes = new byte[length.Value];
        using (var gzip = new GZipStream(OpenShared(path), CompressionMode.Decompress))
        {
            var read = 0;
            while (read < bytes.Length)
            {
                var n = gzip.Read(bytes, read, bytes.Length - read);
                if (n == 0)
                    break;
                read += n;
            }
            if (read < bytes.Length)
                Array.Resize(ref bytes, read);
        }

        lock (_lock)
        {
            _entries.AddFirst((path, written, bytes));
            _size += bytes.Length;
            while (_size > budgetBytes && _entries.Last is { } last && last != _entries.First)
            {
                _size -= last.Value.Bytes.Length;
                _entries.RemoveLast();
            }
        }
        return bytes;
    }

    /// <summary>The decompressed length a gzip file records in its last four bytes (modulo 4 GB), or null.</summary>
    public static long? GzipLength(string path)
    {
        try
        {
            using var file = OpenShared(path);
            if (file.Length < 18)
                return null;
            file.Seek(-4, SeekOrigin.End);
            Span<byte> size = stackalloc byte[4];
            file.ReadExactly(size);
            return System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(size);
        }
        catch (IOException)
        {
            return null;
        }
    }

    static void Skip(Stream stream, long count)
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
}
