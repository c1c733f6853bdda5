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
        var leadingInvalid = 0;
        try
        {
            var atEnd = false;
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
                        valid++;
                        yield return new ClefLine(file, number, bytes);
                        continue;
                    }

                    if (atEnd && LooksCutShort(bytes.Span))
                    {
                        Problems.Report(new ReadProblem(file.Path, number, ReadProblemKind.TornLine, $"torn last line (cut short mid-write) skipped: {Excerpt(bytes.Span)}"));
                        continue;
                    }
                    if (valid == 0 && ++leadingInvalid >= _options.NotClefAfterLines)
                    {
                        Problems.Report(new ReadProblem(file.Path, null, ReadProblemKind.NotClef, $"not a CLEF file (its first {leadingInvalid} lines are not JSON objects, e.g. line {number}: {Excerpt(bytes.Span)}); skipped"));
                        buffer.Clear();
                        yield break;
                    }
                    Problems.Report(new ReadProblem(file.Path, number, ReadProblemKind.InvalidLine, $"not a JSON object: {Excerpt(bytes.Span)}"));
                }
            }
        }
        finally
        {
            Account(disk, accountedDisk, 0, final: true);
            source.Dispose();
            Problems.EndFile(file.Path);
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
                var stdin = Console.OpenStandardInput();
                return file.IsArchive ? new GZipStream(stdin, CompressionMode.Decompress) : stdin;
            }
            // Share everything: the writer keeps appending, retention may delete, archiving may rename.
            disk = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: file.IsArchive ? 64 * 1024 : 1, FileOptions.SequentialScan);
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
