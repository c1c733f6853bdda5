using LogKit.Core;
using LogKit.Diagnostics;
using LogKit.Formatting;
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

    static readonly HashSet<string> s_pathsInUse = new(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    readonly string _path;
    readonly IEntryFormatter _formatter;
    readonly BackgroundQueue _queue;
    readonly QueueLane _lane;
    readonly SegmentStore _segments = new();
    readonly List<RecordSegment> _batch = [];
    readonly RollingFileWriter _writer;
    readonly FileMaintenance _maintenance;
    readonly SharedFileLock? _sharedLock;
    int _closed;

    public FileSink(string path, FileSinkOptions options, TimeProvider clock, string name)
    {
        _path = path;
        if (!options.Shared)
            ClaimPath(path);

        _queue = new BackgroundQueue("LogKit " + name, interval: options.FlushToDiskInterval, clock: clock);
        _lane = _queue.OpenLane(Counters, options);
        var roller = new PathRoller(path, options.RollingInterval, options.Naming);
        _sharedLock = options.Shared ? new SharedFileLock(path) : null;
        var retention = new FileRetention(roller, options.RetainedFileCount, options.RetainedFor, options.RetainedTotalSize?.Bytes, options.Hooks, clock);
        _writer = new RollingFileWriter(roller, options, clock, _lane, new FailureReporter(name), _sharedLock, name);
        _maintenance = new FileMaintenance(roller, options.Compression == FileCompression.GZip, retention, _sharedLock, () => _writer.ActivePath, name);
        _writer.Rolled = _maintenance.Rolled;
        _formatter = options.Formatter != null ? new TextEntryFormatter(options.Formatter)
            : options.Format == LogFormat.Text ? new TextEntryFormatter(new MessageTemplateTextFormatter(options.OutputTemplate, options.FormatProvider))
            : ClefEntryFormatter.Instance;

        // Open now, so the file exists as soon as the sink does and start-up repair knows which file
        // is active. The writer thread owns the file from here on.
        _writer.Start(clock.GetUtcNow().UtcTicks);
        _maintenance.Recover();
        _queue.Start(this);
    }

    /// <summary>The path the sink was added with, in full.</summary>
    public string Path => _path;

    /// <summary>Whether a non-shared file sink of this process writes <paramref name="fullPath"/>.</summary>
    public static bool IsPathInUse(string fullPath)
    {
        lock (s_pathsInUse)
            return s_pathsInUse.Contains(fullPath);
    }

    /// <summary>The file currently written (tests and diagnostics).</summary>
    public string? ActivePath => _writer.ActivePath;

    /// <summary>Completes when maintenance queued so far (compression, retention) has run.</summary>
    public Task MaintenanceIdle => _maintenance.Idle;

    /// <summary>Runs before each maintenance job; tests hold compression with it.</summary>
    public Action? BeforeMaintenance
    {
        get => _maintenance.BeforeJob;
        set => _maintenance.BeforeJob = value;
    }

    public override void Emit(ref LogEntry entry)
    {
        var buffer = Utf8Buffer.Rent();
        try
        {
            _formatter.Format(buffer, ref entry);
            var record = buffer.WrittenSpan;
            if (_lane.TryAdmit(record.Length))
            {
                _segments.Add(record, entry.Timestamp.UtcTicks);
                _lane.Commit(record.Length);
            }
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
        ReleasePath(_path);
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

        try
        {
            _writer.Write(_batch, _segments.Return);
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

    static void ClaimPath(string path)
    {
        lock (s_pathsInUse)
        {
            if (!s_pathsInUse.Add(path))
                throw new InvalidOperationException($"'{path}' is already written by another file sink in this process. Remove that sink first, or set Shared = true on both.");
        }
    }

    static void ReleasePath(string path)
    {
        lock (s_pathsInUse)
            s_pathsInUse.Remove(path);
    }
}
