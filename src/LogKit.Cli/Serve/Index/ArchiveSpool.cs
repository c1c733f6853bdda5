using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Compression;

namespace LogKit.Cli.Serve.Index;

/// <summary>
/// Random access into <c>.gz</c> archives. A gzip stream cannot seek: reading at an offset would mean
/// decompressing everything before it, for every page. So the first random read of an archive decompresses it
/// once into a spool file in a private temporary folder, and later reads seek there. Memory stays flat (the
/// operating system's page cache does the caching); the spool is deleted when the server stops.
/// </summary>
internal sealed class ArchiveSpool : IDisposable
{
    readonly string _folder = Path.Combine(Path.GetTempPath(), "logkit-serve-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N")[..8]);
    readonly ConcurrentDictionary<string, Lazy<string?>> _spooled = new(StringComparer.Ordinal);

    /// <summary>Opens <paramref name="location"/> positioned at <paramref name="offset"/> of its (decompressed) content.</summary>
    public Stream Open(FileLocation location, long offset)
    {
        if (location.IsArchive)
        {
            var key = location.Path + "|" + File.GetLastWriteTimeUtc(location.Path).Ticks;
            var spool = _spooled.GetOrAdd(key, _ => new Lazy<string?>(() => Spool(location.Path))).Value;
            if (spool is null)
            {
                // Could not spool (disk full, say): decompress up to the offset instead.
                var stream = OpenSequential(location);
                Skip(stream, offset);
                return stream;
            }
            location = new FileLocation(spool, false);
        }

        var file = OpenShared(location.Path);
        file.Seek(offset, SeekOrigin.Begin);
        return file;
    }

    /// <summary>Opens a whole file's content from its start, for a sequential scan.</summary>
    public static Stream OpenSequential(FileLocation location)
    {
        var file = OpenShared(location.Path);
        return location.IsArchive ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    public static FileStream OpenShared(string path)
        => new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024);

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
            return BinaryPrimitives.ReadUInt32LittleEndian(size);
        }
        catch (IOException)
        {
            return null;
        }
    }

    string? Spool(string archive)
    {
        try
        {
            Directory.CreateDirectory(_folder);
            var target = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".log");
            using (var source = new GZipStream(OpenShared(archive), CompressionMode.Decompress))
            using (var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.Read, 1 << 16))
            {
                try
                {
                    source.CopyTo(output);
                }
                catch (InvalidDataException)
                {
                    // A damaged archive: what came before the damage is what the index read too.
                }
            }
            return target;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
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

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(_folder))
                Directory.Delete(_folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }
}
