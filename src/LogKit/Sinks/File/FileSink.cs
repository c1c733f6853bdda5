using LogKit.Core;
using LogKit.Diagnostics;
using LogKit.Formatting;
using LogKit.Formatting.Text;
using LogKit.Formatting.Clef;
using LogKit.Pipeline;
using Serilog.Debugging;
using Serilog.Formatting.Display;

namespace LogKit.Sinks.File;

/// <summary>
/// The rolling file sink. Events are formatted on the logging thread straight into UTF-8 and only
/// their bytes are queued; one writer thread per sink takes everything queued and writes it in as
/// few calls as the roll points allow. Rolled files are compressed and retention applied on a
/// third, maintenance, track.
/// </summary>
internal sealed class FileSink : PipelineSink, IQueueConsumer
{
    const int LingerBelowRecords = 256;

    // Real paths (links resolved) of the files non-shared sinks of this process write.
    static readonly HashSet<string> s_pathsInUse = new(RealPath.Comparer);

    readonly string _path;
    readonly bool _shared;
    readonly TimeProvider _clock;
    string? _claimedPath;
    readonly bool _needsWriterLock;
    LogFileLock? _writerLock;
    // A replacement (LogPipeline.ReplaceSinks) of a sink that writes the same file opens only once
    // that sink has closed, taking over its claim: until the replacement is committed, the old sink
    // keeps the file, so a failed replacement leaves it as it was. Both links are guarded by s_pathsInUse.
    FileSink? _predecessor;
    FileSink? _successor;
    readonly IEntryFormatter _formatter;
    readonly BackgroundQueue _queue;
    readonly QueueLane _lane;
    readonly SegmentStore _segments;
    readonly Queue<RecordSegment> _batch = new();
    readonly RollingFileWriter _writer;
    readonly FileMaintenance _maintenance;
    readonly SharedFileLock? _sharedLock;
    int _closed;

    /// <param name="path">The log file, in full.</param>
    /// <param name="options">The options, read now.</param>
    /// <param name="clock">The pipeline's clock.</param>
    /// <param name="name">The sink's name.</param>
    /// <param name="predecessor">A sink of the same file that this one replaces: this one opens the file
    /// when that one has closed (and takes over its claim), not before. Null: open now.</param>
    public FileSink(string path, FileSinkOptions options, TimeProvider clock, string name, FileSink? predecessor = null)
    {
        _path = path;
        _shared = options.Shared;
        _clock = clock;
        if (predecessor != null && predecessor.TryReserveSuccessor(this))
            _predecessor = predecessor;
        if (!options.Shared && _predecessor is { _shared: false })
        {
            // Takes over the predecessor's claim and writer lock when it closes (Release).
            _needsWriterLock = true;
        }
        else if (!options.Shared)
        {
            // One writer per file: first among this process's sinks (by real path, so a symlinked
            // folder is no way round it), then among processes (a lock file beside the log).
            _claimedPath = ClaimPath(path);
            try
            {
                _writerLock = LogFileLock.TryAcquire(path);
                _needsWriterLock = true;
            }
            catch
            {
                ReleasePath(_claimedPath);
                CancelSuccession();
                throw;
            }
        }

        _segments = new SegmentStore(options.AllocateSegment);
        _queue = new BackgroundQueue("LogKit " + name, interval: options.FlushToDiskInterval, clock: clock);
        _lane = _queue.OpenLane(Counters, options);
        var roller = new PathRoller(path, options.RollingInterval, options.Naming);
        _sharedLock = options.Shared ? new SharedFileLock(path) : null;
        var retention = new FileRetention(roller, options.RetainedFileCount, options.RetainedFor, options.RetainedTotalSize?.Bytes, options.Hooks, clock);
        Metrics.WritesFiles = true;
        _writer = new RollingFileWriter(roller, options, clock, _lane, Metrics, new FailureReporter(name), _sharedLock, name)
        {
            BeforeOpen = EnsureWriterLock,
        };
        _maintenance = new FileMaintenance(roller, options.Compression == FileCompression.GZip, retention, _sharedLock, () => _writer.ActivePath, Metrics, name, options.MaintenanceProbe);
        options.MaintenanceProbe?.Attach(() => _maintenance.Idle);
        _writer.Rolled = _maintenance.Rolled;
        _formatter = options.Formatter != null ? new TextEntryFormatter(options.Formatter)
            : options.Format == LogFormat.Text ? new TextEntryFormatter(new ForgingGuardFormatter(new MessageTemplateTextFormatter(options.OutputTemplate, options.FormatProvider)))
            : ClefEntryFormatter.Instance;

        // Open now, so the file exists as soon as the sink does and start-up repair knows which file
        // is active; a replacement opens when the sink it replaces has closed (its events wait queued).
        if (_predecessor is null)
            Open();
    }

    void Open()
    {
        // The writer thread owns the file from here on.
        _writer.Start(_clock.GetUtcNow().UtcTicks);
        _maintenance.Recover();
        _queue.Start(this);
    }

    /// <summary>The path the sink was added with, in full.</summary>
    public string Path => _path;

    /// <summary>The file currently written (tests and diagnostics).</summary>
    public string? ActivePath => _writer.ActivePath;

    public override void Emit(ref LogEntry entry)
    {
        var buffer = Utf8Buffer.Rent();
        try
        {
            _formatter.Format(buffer, ref entry);
            var record = buffer.WrittenSpan;
            var ticks = entry.Timestamp.UtcTicks;
            // A large record gets its own segment, allocated and filled before the queue's lock.
            var own = record.Length >= SegmentStore.OwnSegmentFrom ? _segments.Prepare(record, ticks) : null;
            if (!_lane.TryAdmit(record.Length))
            {
                if (own != null)
                    _segments.Return(own);
                return;
            }
            try
            {
                if (own != null)
                    _segments.AddSegment(own);
                else
                    _segments.Add(record, ticks);
            }
            catch
            {
                // Out of memory growing a segment or its queue: let the other threads in, and let the
                // dispatcher count this event as failed.
                _lane.Abandon();
                throw;
            }
            _lane.Commit(record.Length);
        }
        finally
        {
            Utf8Buffer.Return(buffer);
        }
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => _lane.WhenWritten().WaitAsync(cancellationToken);

    public override void Close()
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
            return;
        _ = _lane.Close();   // the writer thread's end is awaited below
        _queue.Stop();
        if (!_queue.IsWriterThread)
            _queue.Stopped.GetAwaiter().GetResult();
        _maintenance.Idle.Wait();   // maintenance reports its own failures; its task never faults
        Release();
    }

    public override async ValueTask CloseAsync()
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
            return;
        _ = _lane.Close();   // the writer thread's end is awaited below
        _queue.Stop();
        if (!_queue.IsWriterThread)
            await _queue.Stopped.ConfigureAwait(false);
        await _maintenance.Idle.ConfigureAwait(false);
        Release();
    }

    void Release()
    {
        _sharedLock?.Dispose();
        // A replacement still waiting to open (this sink closed before it opened) no longer waits for it.
        CancelSuccession();

        FileSink? successor;
        lock (s_pathsInUse)
        {
            successor = _successor;
            _successor = null;
            if (successor != null)
                successor._predecessor = null;
        }
        if (successor is { _shared: false } && !_shared)
        {
            // The file goes to the replacement with no moment unclaimed, in this process or across processes.
            successor._claimedPath = _claimedPath;
            successor._writerLock = _writerLock;
        }
        else
        {
            _writerLock?.Dispose();
            if (_claimedPath != null)
                ReleasePath(_claimedPath);
        }
        if (successor != null && Volatile.Read(ref successor._closed) == 0)
            successor.Open();
    }

    bool TryReserveSuccessor(FileSink successor)
    {
        lock (s_pathsInUse)
        {
            if (_successor != null || _closed != 0)
                return false;
            _successor = successor;
            return true;
        }
    }

    void CancelSuccession()
    {
        lock (s_pathsInUse)
        {
            if (_predecessor is { } predecessor && predecessor._successor == this)
                predecessor._successor = null;
            _predecessor = null;
        }
    }

    /// <summary>
    /// Called on the writer thread before each file is opened: takes the writer lock if it could not
    /// be taken when the sink was added, or again if its file went away (the folder was deleted).
    /// Throws while another process holds it: the open fails and the events are counted as failed,
    /// never spliced into the other writer's file.
    /// </summary>
    void EnsureWriterLock()
    {
        if (!_needsWriterLock || _writerLock != null && System.IO.File.Exists(_path + LogFileLock.Extension))
            return;
        _writerLock?.Dispose();
        _writerLock = null;
        _writerLock = LogFileLock.TryAcquire(_path) ?? throw new IOException($"The lock file '{_path}{LogFileLock.Extension}' cannot be created.");
    }

    int IQueueConsumer.Take() => _segments.TakeAll(_batch);

    void IQueueConsumer.Write()
    {
        var records = 0;
        long bytes = 0;
        foreach (var segment in _batch)
        {
            records += segment.Count;
            bytes += segment.Length;
        }

        var started = LogKitInstruments.StartTiming();   // metrics
        try
        {
            _writer.Write(_batch, _segments.Return);
            LogKitInstruments.BatchWritten(Metrics, started);
        }
        catch (Exception ex)
        {
            // The writer handles I/O failures itself; this is a bug, and it must not stop the sink.
            _lane.Failed(records - _writer.CountedThisBatch, bytes - _writer.CountedBytesThisBatch);
            SelfLog.WriteLine("LogKit file sink failed on a batch: {0}", ex);
        }
        _batch.Clear();

        // A small batch means the writer is outrunning the loggers. Waiting a moment lets a
        // larger batch gather: fewer write calls, and far fewer trips of the queue's lock
        // between the two cores (the profiler's largest cost when batches were tiny).
        if (records < LingerBelowRecords)
            Thread.Sleep(1);
    }

    void IQueueConsumer.OnIdle() => _writer.FlushToDiskIfDue();

    void IQueueConsumer.OnStopped() => _writer.Dispose();

    static string ClaimPath(string path)
    {
        var real = RealPath.Of(path);
        lock (s_pathsInUse)
        {
            if (!s_pathsInUse.Add(real))
            {
                var alias = RealPath.Comparer.Equals(real, path) ? "" : $" (its real path is '{real}')";
                throw new InvalidOperationException($"'{path}'{alias} is already written by another file sink in this process. Remove that sink first, or set Shared = true on both.");
            }
        }
        return real;
    }

    static void ReleasePath(string path)
    {
        lock (s_pathsInUse)
            s_pathsInUse.Remove(path);
    }
}
