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
internal sealed class FileSink : PipelineSink
{
    const int LingerBelowRecords = 256;

    static readonly HashSet<string> s_pathsInUse = new(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    readonly string _path;
    readonly IEntryFormatter _formatter;
    readonly RecordQueue _queue;
    readonly RollingFileWriter _writer;
    readonly FileMaintenance _maintenance;
    readonly SharedFileLock? _sharedLock;
    readonly TimeSpan _idleWait;
    readonly Thread _thread;
    readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    int _closed;

    public FileSink(string path, FileSinkOptions options, TimeProvider clock, string name)
    {
        _path = path;
        if (!options.Shared)
            ClaimPath(path);

        var roller = new PathRoller(path, options.RollingInterval, options.Naming);
        _sharedLock = options.Shared ? new SharedFileLock(path) : null;
        Metrics.WritesFiles = true;
        _writer = new RollingFileWriter(roller, options, clock, Counters, Metrics, new FailureReporter(name), _sharedLock, name);
        var retention = new FileRetention(roller, options.RetainedFileCount, options.RetainedFor, options.RetainedTotalSize?.Bytes, options.Hooks, clock);
        _maintenance = new FileMaintenance(roller, options.Compression == FileCompression.GZip, retention, _sharedLock, () => _writer.ActivePath, Metrics, name);
        _writer.Rolled = _maintenance.Rolled;
        _formatter = options.Formatter != null ? new TextEntryFormatter(options.Formatter)
            : options.Format == LogFormat.Text ? new TextEntryFormatter(new MessageTemplateTextFormatter(options.OutputTemplate, options.FormatProvider))
            : ClefEntryFormatter.Instance;
        _queue = new RecordQueue(options.QueueCapacity, options.QueueFullMode);
        _idleWait = options.FlushToDiskInterval ?? Timeout.InfiniteTimeSpan;

        // Open now, so the file exists as soon as the sink does and start-up repair knows which file
        // is active. The writer thread owns the file from here on.
        _writer.Start(clock.GetUtcNow().UtcTicks);
        _maintenance.Recover();
        _thread = new Thread(Run) { IsBackground = true, Name = "LogKit " + name };
        _thread.Start();
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
            if (!_queue.TryAdd(buffer.WrittenSpan, entry.Timestamp.UtcTicks))
            {
                Counters.AddDropped();
                Metrics.AddDropped(Volatile.Read(ref _closed) != 0 ? DropReason.Closed : DropReason.QueueFull);   // metrics
            }
        }
        finally
        {
            Utf8Buffer.Return(buffer);
        }
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => _queue.WhenCompleted().WaitAsync(cancellationToken);

    public override void Close()
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
            return;
        _queue.Close();
        if (_thread != Thread.CurrentThread)
            _thread.Join();
        _maintenance.Idle.Wait();   // maintenance reports its own failures; its task never faults
        Release();
    }

    public override async ValueTask CloseAsync()
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
            return;
        _queue.Close();
        if (_thread != Thread.CurrentThread)
            await _stopped.Task.ConfigureAwait(false);
        await _maintenance.Idle.ConfigureAwait(false);
        Release();
    }

    void Release()
    {
        _sharedLock?.Dispose();
        ReleasePath(_path);
    }

    void Run()
    {
        var batch = new List<RecordSegment>();
        try
        {
            while (_queue.TakeAll(batch, _idleWait))
            {
                if (batch.Count == 0)
                {
                    _writer.FlushToDiskIfDue();
                    continue;
                }

                var started = LogKitInstruments.StartTiming();   // metrics
                try
                {
                    _writer.Write(batch);
                    LogKitInstruments.BatchWritten(Metrics, started);
                }
                catch (Exception ex)
                {
                    // The writer handles I/O failures itself; this is a bug, and it must not stop the sink.
                    Counters.AddFailed(batch.Sum(s => s.Count) - _writer.CountedThisBatch);
                    SelfLog.WriteLine("LogKit file sink failed on a batch: {0}", ex);
                }
                var records = 0;
                foreach (var segment in batch)
                    records += segment.Count;
                _queue.Complete(batch);
                batch.Clear();

                // A small batch means the writer is outrunning the loggers. Waiting a moment lets a
                // larger batch gather: fewer write calls, and far fewer trips of the queue's lock
                // between the two cores (the profiler's largest cost when batches were tiny).
                if (records < LingerBelowRecords)
                    Thread.Sleep(1);
            }
        }
        finally
        {
            _writer.Dispose();
            _queue.Abandon();
            _stopped.TrySetResult();
        }
    }

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
