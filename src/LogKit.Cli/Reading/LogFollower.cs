using System.IO.Compression;
using System.Runtime.CompilerServices;

namespace LogKit.Cli.Reading;

/// <summary>
/// Follows a log as it is written (<c>tail -f</c>): reads its active file from the start (the backlog),
/// then polls for new lines, across rotations in both naming modes, without missing or repeating a
/// line. The open file is read to its end before moving on (an open handle survives the sink's renames,
/// archiving and deletes), every file rolled in between is read in order, and a log whose file is
/// deleted and created again is picked up from the new file's first line. A line is handed out only
/// once its newline is written; a line left unfinished when the log moves on is reported as torn.
/// Files are told apart by their first bytes (an event's timestamp), not by name.
/// </summary>
public sealed class LogFollower
{
    const int FingerprintLength = 128;

    readonly string _basePath;
    readonly ClefReader _reader;
    readonly LogFollowerOptions _options;

    /// <summary>Creates a follower.</summary>
    /// <param name="basePath">The log's path as given to the sink (<c>logs/app.log</c>), or one file's path.</param>
    /// <param name="reader">Reads rolled files and takes problems.</param>
    /// <param name="options">Polling; defaults when null.</param>
    public LogFollower(string basePath, ClefReader reader, LogFollowerOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(basePath);
        ArgumentNullException.ThrowIfNull(reader);
        _basePath = Path.GetFullPath(basePath);
        _reader = reader;
        _options = options ?? new LogFollowerOptions();
    }

    /// <summary>Follows until cancelled: the backlog, one <see cref="FollowedLineKind.CaughtUp"/>, then live lines.</summary>
    /// <param name="cancellationToken">Ends following (the enumeration then completes without throwing).</param>
    /// <returns>The lines.</returns>
    public async IAsyncEnumerable<FollowedLine> FollowAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Tracked? current = null;
        try
        {
            var set = LogSet.ForBaseName(_basePath);
            if (set.Files.Count > 0)
            {
                current = Tracked.Open(set.Files[^1], _reader);
                if (current != null)
                {
                    foreach (var line in current.Drain(_reader, atEnd: false))
                        yield return new FollowedLine(FollowedLineKind.Backlog, line);
                }
            }
            yield return new FollowedLine(FollowedLineKind.CaughtUp, default);

            while (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(_options.PollInterval, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    yield break;
                }

                if (current != null)
                {
                    foreach (var line in current.Drain(_reader, atEnd: false))
                        yield return new FollowedLine(FollowedLineKind.Live, line);
                }

                set = LogSet.ForBaseName(_basePath);
                _options.AfterListing?.Invoke();
                if (set.Files.Count == 0)
                    continue;   // deleted: keep the handle, wait for the file to come back
                var newest = set.Files[^1];
                var newestMatch = current?.Compare(newest) ?? FileMatch.Different;
                // Gone: renamed or deleted between listing and probing, so the listing is already stale.
                // Acting on it could re-read the followed file from its start or skip a rolled one: look again.
                if (newestMatch is FileMatch.Same or FileMatch.Gone)
                    continue;

                // Rotated (or deleted and recreated): finish the old file, then read what came after it.
                var next = new List<LogFile>();
                var index = -1;
                if (current != null)
                {
                    index = FindIndex(set.Files, current, out var sawGone);
                    if (index < 0 && sawGone)
                        continue;
                }
                if (index >= 0)
                    next.AddRange(set.Files.Skip(index + 1));
                else
                    next.Add(newest);
                if (next.Count == 0 || !next.TrueForAll(Exists))
                    continue;

                // The file to follow next is opened first, then the log listed again: if it rolled in between,
                // the handle may hold a newer file than the one planned for (skipping the one in between), so
                // it is put back and the next poll plans again. A roll always adds or removes a name.
                var following = Tracked.Open(next[^1], _reader);
                if (!SameNames(set, LogSet.ForBaseName(_basePath)))
                {
                    following?.Dispose();
                    continue;
                }

                if (current != null)
                {
                    foreach (var line in current.Drain(_reader, atEnd: true))
                        yield return new FollowedLine(FollowedLineKind.Live, line);
                    current.Dispose();
                    current = null;
                }

                for (var i = 0; i < next.Count - 1; i++)
                {
                    foreach (var line in _reader.ReadLines(next[i], cancellationToken))
                        yield return new FollowedLine(FollowedLineKind.Live, line);
                }
                current = following;
                if (current != null)
                {
                    foreach (var line in current.Drain(_reader, atEnd: false))
                        yield return new FollowedLine(FollowedLineKind.Live, line);
                }
            }
        }
        finally
        {
            current?.Dispose();
        }
    }

    /// <summary>Where the file being read is in the log now: by path, else by its first bytes (it may have been renamed or archived).</summary>
    static int FindIndex(IReadOnlyList<LogFile> files, Tracked current, out bool sawGone)
    {
        sawGone = false;
        for (var i = files.Count - 1; i >= 0; i--)
        {
            var path = files[i].IsArchive ? files[i].Path[..^3] : files[i].Path;
            if (path == current.File.Path && current.Compare(files[i]) == FileMatch.Same)
                return i;
        }
        for (var i = files.Count - 1; i >= 0; i--)
        {
            var match = current.Compare(files[i]);
            if (match == FileMatch.Same)
                return i;
            sawGone |= match == FileMatch.Gone;
        }
        return -1;
    }

    static bool SameNames(LogSet planned, LogSet now)
    {
        if (planned.Files.Count != now.Files.Count)
            return false;
        for (var i = 0; i < planned.Files.Count; i++)
        {
            if (planned.Files[i].Path != now.Files[i].Path)
                return false;
        }
        return true;
    }

    /// <summary>Still there (a rolled file being archived counts, as the reader falls back to its <c>.gz</c>).</summary>
    static bool Exists(LogFile file)
        => File.Exists(file.Path) || (!file.IsArchive && File.Exists(file.Path + ".gz"));

    enum FileMatch
    {
        Same,
        Different,
        /// <summary>No longer at the listed path: the listing is stale.</summary>
        Gone,
    }

    /// <summary>The file being followed: an open handle, the read position, its unfinished line.</summary>
    sealed class Tracked : IDisposable
    {
        readonly Stream _stream;
        readonly LineBuffer _buffer;
        readonly byte[] _fingerprint = new byte[FingerprintLength];
        int _fingerprintLength;
        long _lineNumber;
        bool _sawValid;
        int _leadingInvalid;
        bool _notClef;

        Tracked(LogFile file, Stream stream, ReadOptions options)
        {
            File = file;
            _stream = stream;
            _buffer = new LineBuffer(options.MaxLineBytes);
            MaxLineBytes = options.MaxLineBytes;
            NotClefAfter = options.NotClefAfterLines;
        }

        public LogFile File { get; }

        int MaxLineBytes { get; }

        int NotClefAfter { get; }

        public static Tracked? Open(LogFile file, ClefReader reader)
        {
            var stream = reader.Open(file, out _);
            return stream is null ? null : new Tracked(file, stream, reader.Options);
        }

        /// <summary>Reads what was appended; hands out whole lines. At the end of a file's life, its unfinished line is torn.</summary>
        public IEnumerable<ClefLine> Drain(ClefReader reader, bool atEnd)
        {
            while (!_notClef)
            {
                int read;
                try
                {
                    read = FillAndFingerprint();
                }
                catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
                {
                    reader.Problems.Report(new ReadProblem(File.Path, _lineNumber + 1, File.IsArchive ? ReadProblemKind.DamagedArchive : ReadProblemKind.Unreadable, $"read failed: {ex.Message}"));
                    _notClef = true;
                    yield break;
                }

                var last = read == 0;
                while (true)
                {
                    ReadOnlyMemory<byte> bytes;
                    var result = last && atEnd ? _buffer.TakeRest(out bytes) : _buffer.TryTake(out bytes);
                    if (result == LineResult.NeedMore)
                        break;
                    _lineNumber++;
                    if (result == LineResult.TooLong)
                    {
                        reader.Problems.Report(new ReadProblem(File.Path, _lineNumber, ReadProblemKind.LineTooLong, $"line longer than {MaxLineBytes} bytes skipped"));
                        continue;
                    }
                    if (bytes.Span.Trim(" \t"u8).IsEmpty)
                        continue;
                    if (ClefLine.HasObjectShape(bytes.Span))
                    {
                        _sawValid = true;
                        yield return new ClefLine(File, _lineNumber, bytes);
                        continue;
                    }
                    if (last && atEnd)
                    {
                        reader.Problems.Report(new ReadProblem(File.Path, _lineNumber, ReadProblemKind.TornLine, $"torn last line (cut short mid-write) skipped: {ClefReader.Excerpt(bytes.Span)}"));
                        continue;
                    }
                    if (!_sawValid && ++_leadingInvalid >= NotClefAfter)
                    {
                        reader.Problems.Report(new ReadProblem(File.Path, null, ReadProblemKind.NotClef, $"not a CLEF file (its first {_leadingInvalid} lines are not JSON objects); skipped"));
                        _notClef = true;
                        yield break;
                    }
                    reader.Problems.Report(new ReadProblem(File.Path, _lineNumber, ReadProblemKind.InvalidLine, $"not a JSON object: {ClefReader.Excerpt(bytes.Span)}"));
                }
                if (last)
                    yield break;
            }
        }

        int FillAndFingerprint()
        {
            var read = _buffer.Fill(_stream, out var filled);
            if (_fingerprintLength < FingerprintLength && read > 0)
            {
                var n = Math.Min(FingerprintLength - _fingerprintLength, filled.Length);
                filled[..n].CopyTo(_fingerprint.AsSpan(_fingerprintLength));
                _fingerprintLength += n;
            }
            return read;
        }

        /// <summary>
        /// Same when <paramref name="other"/> begins with the bytes this file began with (and is not empty while
        /// this is not); Gone when it is no longer at its path.
        /// </summary>
        public FileMatch Compare(LogFile other)
        {
            var probe = new byte[FingerprintLength];
            int length;
            try
            {
                using var file = new FileStream(other.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1);
                using Stream content = other.IsArchive ? new GZipStream(file, CompressionMode.Decompress) : file;
                length = content.ReadAtLeast(probe, FingerprintLength, throwOnEndOfStream: false);
            }
            catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
            {
                return FileMatch.Gone;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                return FileMatch.Different;
            }
            if (_fingerprintLength == 0)
                return length == 0 && !other.IsArchive && other.Path == File.Path ? FileMatch.Same : FileMatch.Different;
            if (length < _fingerprintLength && length < FingerprintLength)
                return FileMatch.Different;
            return probe.AsSpan(0, _fingerprintLength).SequenceEqual(_fingerprint.AsSpan(0, _fingerprintLength)) ? FileMatch.Same : FileMatch.Different;
        }

        public void Dispose() => _stream.Dispose();
    }
}
