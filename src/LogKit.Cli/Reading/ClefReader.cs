using System.IO.Compression;
using System.Text;

namespace LogKit.Cli.Reading;

/// <summary>
/// Streams the raw lines of log files, plain or gzipped, with bounded memory. Every line gets a cheap
/// shape check (a JSON object); lines that fail it, torn last lines, over-long lines, damaged archives,
/// unreadable files and files that are not CLEF at all are reported to the <see cref="ReadProblemReporter"/>
/// with file and line, and skipped. Nothing here throws for bad input.
/// </summary>
public sealed class ClefReader
{
    readonly ReadOptions _options;
    long _bytesRead;

    /// <summary>Creates a reader.</summary>
    /// <param name="problems">Receives what is wrong with the input.</param>
    /// <param name="options">Limits; defaults when null.</param>
    public ClefReader(ReadProblemReporter problems, ReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problems);
        Problems = problems;
        _options = options ?? new ReadOptions();
    }

    /// <summary>The limits this reader applies.</summary>
    public ReadOptions Options => _options;

    /// <summary>Where problems go.</summary>
    public ReadProblemReporter Problems { get; }

    /// <summary>Bytes read from disk so far (compressed bytes for archives), across all files; for progress.</summary>
    public long BytesRead => Interlocked.Read(ref _bytesRead);

    /// <summary>Reports a line that has the shape of an object but is not a CLEF event (found by a full parse).</summary>
    /// <param name="line">The line.</param>
    /// <param name="reason">What the parser said.</param>
    public void ReportInvalid(in ClefLine line, string reason)
        => Problems.Report(new ReadProblem(line.File.Path, line.LineNumber, ReadProblemKind.InvalidLine, $"not a CLEF event ({reason}): {Excerpt(line.Bytes.Span)}"));

    /// <summary>Reads every line of the files in order.</summary>
    /// <param name="files">The files, in the order to read them.</param>
    /// <param name="cancellationToken">Stops reading between lines.</param>
    /// <returns>The lines that look like JSON objects.</returns>
    public IEnumerable<ClefLine> ReadLines(IEnumerable<LogFile> files, CancellationToken cancellationToken = default)
    {
        foreach (var file in files)
            foreach (var line in ReadLines(file, cancellationToken))
                yield return line;
    }

    /// <summary>Reads the lines of one file.</summary>
    /// <param name="file">The file (or standard input).</param>
    /// <param name="cancellationToken">Stops reading between lines.</param>
    /// <returns>The lines that look like JSON objects; the rest are reported.</returns>
    public IEnumerable<ClefLine> ReadLines(LogFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        Stream? source = Open(file, out var disk);
        if (source is null)
            yield break;

        var buffer = new LineBuffer(_options.MaxLineBytes);
        long number = 0;
        long accountedDisk = 0;
        var valid = 0;
        long decompressed = 0;
        // The first bad lines are held back until a good line shows the file is CLEF (then they are
        // reported) or enough bad ones show it is not (then one NotClef problem stands for them all).
        var pending = new List<ReadProblem>();
        var atEnd = false;
        try
        {
            while (!atEnd)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int read;
                try
                {
                    read = buffer.Fill(source);
                }
                catch (Exception ex) when (ex is InvalidDataException || (ex is IOException && file.IsArchive))
                {
                    Problems.Report(new ReadProblem(file.Path, number + 1, ReadProblemKind.DamagedArchive, $"damaged archive, events after line {number} lost: {ex.Message}"));
                    buffer.Clear();
                    yield break;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    Problems.Report(new ReadProblem(file.Path, number + 1, ReadProblemKind.Unreadable, $"read failed: {ex.Message}"));
                    buffer.Clear();
                    yield break;
                }
                accountedDisk = Account(disk, accountedDisk, read);
                decompressed += read;
                atEnd = read == 0;

                while (true)
                {
                    ReadOnlyMemory<byte> bytes;
                    var result = atEnd ? buffer.TakeRest(out bytes) : buffer.TryTake(out bytes);
                    if (result == LineResult.NeedMore)
                        break;
                    number++;
                    if (result == LineResult.TooLong)
                    {
                        Problems.Report(new ReadProblem(file.Path, number, ReadProblemKind.LineTooLong, $"line longer than {_options.MaxLineBytes} bytes skipped"));
                        continue;
                    }
                    if (bytes.Span.Trim(" \t"u8).IsEmpty)
                        continue;
                    if (ClefLine.HasObjectShape(bytes.Span))
                    {
                        if (valid++ == 0)
                            Flush(pending);
                        yield return new ClefLine(file, number, bytes);
                        continue;
                    }

                    var problem = atEnd && LooksCutShort(bytes.Span)
                        ? new ReadProblem(file.Path, number, ReadProblemKind.TornLine, $"torn last line (cut short mid-write) skipped: {Excerpt(bytes.Span)}")
                        : new ReadProblem(file.Path, number, ReadProblemKind.InvalidLine, $"not a JSON object: {Excerpt(bytes.Span)}");
                    if (valid > 0)
                    {
                        Problems.Report(problem);
                        continue;
                    }
                    pending.Add(problem);
                    if (pending.Count >= _options.NotClefAfterLines)
                    {
                        Problems.Report(new ReadProblem(file.Path, null, ReadProblemKind.NotClef, $"not a CLEF file (its first {pending.Count} lines are not JSON objects, e.g. line {pending[0].LineNumber}: {Excerpt(bytes.Span)}); skipped"));
                        pending.Clear();
                        buffer.Clear();
                        yield break;
                    }
                }
            }
        }
        finally
        {
            Flush(pending);
            if (atEnd && file.IsArchive && disk is not null && !ArchiveSizeMatches(disk, decompressed))
                Problems.Report(new ReadProblem(file.Path, number, ReadProblemKind.DamagedArchive, $"damaged archive: it ends early or is corrupt (its recorded size differs from the {decompressed} bytes it gave); events after line {number} may be lost"));
            Account(disk, accountedDisk, 0, final: true);
            source.Dispose();
            Problems.EndFile(file.Path);
        }
    }

    void Flush(List<ReadProblem> pending)
    {
        foreach (var problem in pending)
            Problems.Report(problem);
        pending.Clear();
    }

    /// <summary>
    /// A gzip member ends with the uncompressed size modulo 2^32; a truncated archive's last bytes are
    /// compressed data instead, which the decompressor does not notice (it just stops).
    /// </summary>
    static bool ArchiveSizeMatches(FileStream disk, long decompressed)
    {
        try
        {
            var length = RandomAccess.GetLength(disk.SafeFileHandle);
            if (length < 18)
                return false;
            Span<byte> trailer = stackalloc byte[4];
            if (RandomAccess.Read(disk.SafeFileHandle, trailer, length - 4) != 4)
                return false;
            return System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(trailer) == (uint)decompressed;
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or UnauthorizedAccessException)
        {
            return true;   // cannot tell: say nothing rather than something false
        }
    }

    /// <summary>Opens a file for reading; reports and returns null when it cannot be opened.</summary>
    internal Stream? Open(LogFile file, out FileStream? disk)
    {
        disk = null;
        try
        {
            if (file.IsStandardInput)
            {
                var stdin = _options.OpenStandardInput();
                return file.IsArchive ? new GZipStream(stdin, CompressionMode.Decompress) : stdin;
            }
            // Share everything: the writer keeps appending, retention may delete, archiving may rename.
            try
            {
                disk = OpenShared(file.Path, file.IsArchive);
            }
            catch (FileNotFoundException) when (!file.IsArchive && System.IO.File.Exists(file.Path + ".gz"))
            {
                // Compressed between listing and reading (app_001.log became app_001.log.gz): the same events.
                disk = OpenShared(file.Path + ".gz", archive: true);
                return new GZipStream(disk, CompressionMode.Decompress);
            }
            return file.IsArchive ? new GZipStream(disk, CompressionMode.Decompress) : disk;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            disk?.Dispose();
            disk = null;
            Problems.Report(new ReadProblem(file.Path, null, ReadProblemKind.Unreadable, $"cannot be read: {ex.Message}"));
            Problems.EndFile(file.Path);
            return null;
        }
    }

    static FileStream OpenShared(string path, bool archive)
        => new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: archive ? 64 * 1024 : 1, FileOptions.SequentialScan);

    long Account(FileStream? disk, long accounted, int read, bool final = false)
    {
        if (disk is null)
        {
            Interlocked.Add(ref _bytesRead, read);
            return accounted + read;
        }
        long position;
        try
        {
            position = disk.SafeFileHandle.IsClosed ? accounted : disk.Position;
        }
        catch (ObjectDisposedException)
        {
            position = accounted;
        }
        if (final && position < accounted)
            position = accounted;
        Interlocked.Add(ref _bytesRead, position - accounted);
        return position;
    }

    /// <summary>True when the line is the valid start of a JSON document that ends early.</summary>
    internal static bool LooksCutShort(ReadOnlySpan<byte> line)
    {
        var trimmed = line.TrimStart(" \t"u8);
        if (trimmed.IsEmpty || trimmed[0] != (byte)'{')
            return false;
        var reader = new System.Text.Json.Utf8JsonReader(trimmed, isFinalBlock: false, state: default);
        try
        {
            while (reader.Read())
            {
            }
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
        return true;
    }

    internal static string Excerpt(ReadOnlySpan<byte> line)
    {
        const int Max = 80;
        var text = Encoding.UTF8.GetString(line.Length > Max * 4 ? line[..(Max * 4)] : line);
        text = text.ReplaceLineEndings(" ");
        return text.Length > Max ? text[..Max] + "…" : text;
    }
}
