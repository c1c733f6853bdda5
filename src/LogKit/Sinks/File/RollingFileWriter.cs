using System.Text;
using LogKit.Diagnostics;
using LogKit.Pipeline;
using Serilog;
using Serilog.Debugging;
using Serilog.Sinks.File;

namespace LogKit.Sinks.File;

/// <summary>
/// The file side of the file sink, driven by its writer thread only: decides at each record
/// whether to roll (by size, by period), writes runs of whole records with one call each, and
/// recovers from a deleted file or folder, a full disk or a read-only path without losing the
/// rest of the stream. Records are never split across files. Which file comes next is in
/// <c>RollingFileWriter.NextFile.cs</c>; opening, repairing and closing a file in <c>RollingFileWriter.FileHandle.cs</c>.
/// </summary>
internal sealed partial class RollingFileWriter : IDisposable
{
    static readonly byte[] s_newLine = Encoding.UTF8.GetBytes(Environment.NewLine);
    static readonly Encoding s_utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    readonly PathRoller _roller;
    readonly LogFolder _folder;
    readonly long? _maxSize;
    readonly bool _localTime;
    readonly bool _repairTornLine;
    readonly TimeSpan? _flushToDiskInterval;
    readonly FileLifecycleHooks? _hooks;
    readonly TimeProvider _clock;
    readonly QueueLane _lane;
    readonly SinkMetrics _metrics;
    readonly FailureReporter _failures;
    readonly SharedFileLock? _sharedLock;
    readonly string _sinkName;
    bool _stableActive;

    FileStream? _file;
    Stream? _output;
    string? _path;
    long _size;
    bool _fileHasRecords;
    int? _sequence;
    DateTime? _period;
    Exception? _openFailure;
    bool _openFailedThisBatch;
    long _countedThisBatch;
    long _countedBytesThisBatch;
    long _lastDiskFlush;
    long _cachedMinute = long.MinValue;
    DateTime? _cachedPeriod;

    public RollingFileWriter(PathRoller roller, FileSinkOptions options, TimeProvider clock, QueueLane lane, SinkMetrics metrics, FailureReporter failures, SharedFileLock? sharedLock, string sinkName)
    {
        _roller = roller;
        _folder = new LogFolder(roller.Directory);
        _maxSize = options.MaxFileSize?.Bytes;
        _localTime = options.RollOnLocalTime;
        _repairTornLine = options.Formatter is null && options.Format == LogFormat.Clef;
        _flushToDiskInterval = options.FlushToDiskInterval;
        _hooks = options.Hooks;
        _stableActive = options.Naming == FileNaming.StableActive;
        _clock = clock;
        _lane = lane;
        _metrics = metrics;
        _failures = failures;
        _sharedLock = sharedLock;
        _sinkName = sinkName;
    }

    /// <summary>The file being written, for retention (never deleted) and tests; read from any thread.</summary>
    public string? ActivePath => Volatile.Read(ref _path);

    /// <summary>Records of the current batch already reported as written or failed.</summary>
    public long CountedThisBatch => _countedThisBatch;

    /// <summary>Bytes of the current batch already reported as written or failed.</summary>
    public long CountedBytesThisBatch => _countedBytesThisBatch;

    /// <summary>Called before a file is opened; throws when the sink may not write yet (its writer lock is held elsewhere).</summary>
    public Action? BeforeOpen { get; init; }

    /// <summary>Called after each roll with the path of the file just closed.</summary>
    public Action<string>? Rolled { get; set; }

    /// <summary>Opens the file the log continues in, before any event arrives, so that start-up repair knows which file is active.</summary>
    public void Start(long utcTicks)
    {
        using var locked = _sharedLock?.Acquire();
        _period = PeriodOf(utcTicks);
        Open(advance: false);
    }

    /// <summary>
    /// Writes a batch; each run of records is reported to the lane as soon as it is written (its
    /// queue space comes back), and each segment is taken out of <paramref name="batch"/> and handed
    /// to <paramref name="written"/> when done, so its memory goes before the rest of the batch is written.
    /// </summary>
    public void Write(Queue<RecordSegment> batch, Action<RecordSegment> written)
    {
        using var locked = _sharedLock?.Acquire();
        _openFailedThisBatch = false;
        _countedThisBatch = 0;
        _countedBytesThisBatch = 0;
        PrepareBatch();
        while (batch.TryDequeue(out var segment))
        {
            Write(segment);
            written(segment);
        }
        AfterBatch();
    }

    /// <summary>Forces written data to the disk; called on the writer thread when it is idle.</summary>
    public void FlushToDiskIfDue()
    {
        if (_flushToDiskInterval is not { } interval || _file is null)
            return;
        var now = _clock.GetTimestamp();
        if (_clock.GetElapsedTime(_lastDiskFlush, now) < interval)
            return;
        try
        {
            _file.Flush(flushToDisk: true);
            _lastDiskFlush = now;
        }
        catch (Exception ex)
        {
            _failures.Failed(ex, 0);
        }
    }

    public void Dispose()
    {
        try
        {
            _output?.Flush();
            if (_flushToDiskInterval != null)
                _file?.Flush(flushToDisk: true);
        }
        catch (Exception ex)
        {
            _failures.Failed(ex, 0);
        }
        CloseFile();
    }

    void PrepareBatch()
    {
        if (_path is null)
            return;

        // A file (or its folder) deleted under us: writing on would go to an unlinked file.
        if (!System.IO.File.Exists(_path))
        {
            SelfLog.WriteLine("LogKit file sink {0}: {1} disappeared; it is being recreated", _sinkName, _path);
            CloseFile();
            return;
        }

        // Shared mode: other processes have appended since our last batch.
        if (_sharedLock != null && _file != null)
        {
            try
            {
                _size = _file.Seek(0, SeekOrigin.End);
            }
            catch (Exception ex)
            {
                _failures.Failed(ex, 0);
                CloseFile();
            }
        }
    }

    void Write(RecordSegment segment)
    {
        var runStart = 0;
        var runCount = 0;
        for (var i = 0; i < segment.Count; i++)
        {
            var start = segment.StartOf(i);
            var length = segment.EndOf(i) - start;
            var period = PeriodOf(segment.TimestampOf(i));

            // Periods only move forward: a record from before the current period (a clock set back,
            // threads racing at midnight) goes into the current file.
            var newPeriod = period != null && (_period is null || period > _period);
            // An event larger than the limit gets a file of its own (a header written by a hook does not count).
            var full = _output != null && _maxSize is { } max && (_size >= max || _fileHasRecords && length > max);
            if (_output is null || newPeriod || full)
            {
                WriteRun(segment, runStart, start - runStart, runCount);
                runStart = start;
                runCount = 0;
                if (newPeriod)
                    _period = period;
                if (!_openFailedThisBatch)
                    Roll(advance: full && !newPeriod);
            }

            _size += length;
            _fileHasRecords = true;
            runCount++;
        }
        WriteRun(segment, runStart, segment.Length - runStart, runCount);
    }

    void WriteRun(RecordSegment segment, int offset, int length, int count)
    {
        if (count == 0)
            return;
        _countedThisBatch += count;
        _countedBytesThisBatch += length;

        if (_output is null)
        {
            _lane.Failed(count, length);
            _failures.Failed(_openFailure ?? new IOException("The log file is not open."), count);
            return;
        }

        try
        {
            _output.Write(segment.Buffer, offset, length);
            _metrics.AddFileBytes(length);   // metrics
            _lane.Written(count, length);
            _failures.Succeeded();
        }
        catch (Exception ex)
        {
            _lane.Failed(count, length);
            _failures.Failed(ex, count);
            // Cut off whatever part of the run reached the file (a disk that filled mid-write),
            // so the file holds whole lines only; then start again from a fresh handle.
            TryTruncate(_size - length);
            CloseFile();
        }
    }

    void AfterBatch()
    {
        if (_output is null)
            return;
        try
        {
            if (!ReferenceEquals(_output, _file))
                _output.Flush();   // a hook's wrapper stream may buffer
        }
        catch (Exception ex)
        {
            _failures.Failed(ex, 0);
        }
        FlushToDiskIfDue();
    }

    void Roll(bool advance)
    {
        var previous = _path;
        var hadFile = _output != null;
        CloseFile();
        var opened = Open(advance);
        if (hadFile && opened)
            _metrics.AddFileRotation();   // metrics
        // A roll-forward roll leaves the old file behind; a stable-active roll renames it (in Open).
        if (hadFile && opened && !_stableActive && previous != null && !string.Equals(previous, _path, StringComparison.Ordinal))
            Rolled?.Invoke(previous);
    }

    bool Open(bool advance)
    {
        try
        {
            _folder.Prepare();
            BeforeOpen?.Invoke();
            var path = _stableActive ? PrepareStableActive(advance) : ChooseRollForward(advance);
            OpenFile(path);
            _openFailure = null;
            return true;
        }
        catch (Exception ex)
        {
            _openFailure = ex;
            _openFailedThisBatch = true;
            _failures.Failed(ex, 0);
            CloseFile();
            return false;
        }
    }
}
