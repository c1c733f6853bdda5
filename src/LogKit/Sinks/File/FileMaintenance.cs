using LogKit.Diagnostics;
using Serilog.Debugging;

namespace LogKit.Sinks.File;

/// <summary>
/// Work on rolled files, done one job at a time off the write path: compressing them, then
/// applying retention. Logging keeps its pace while a large file is compressed.
/// </summary>
internal sealed class FileMaintenance(PathRoller roller, bool compress, FileRetention retention, SharedFileLock? sharedLock, Func<string?> activePath, SinkMetrics metrics, string sinkName, MaintenanceProbe? probe)
{
    readonly object _sync = new();
    Task _tail = Task.CompletedTask;

    /// <summary>Completes when every job queued so far has run.</summary>
    public Task Idle
    {
        get
        {
            lock (_sync)
                return _tail;
        }
    }

    /// <summary>At start: repair what a crash left, archive leftover rolled files, apply retention.</summary>
    public void Recover() => Enqueue(() =>
    {
        if (compress)
            FileArchiver.Recover(roller, activePath(), sharedLock);
        retention.Apply(activePath());
    });

    /// <summary>After a roll: archive the file just closed, then apply retention.</summary>
    public void Rolled(string closedPath) => Enqueue(() =>
    {
        if (compress && FileArchiver.Compress(closedPath, sharedLock))
            metrics.AddFileArchive();   // metrics
        retention.Apply(activePath());
    });

    void Enqueue(Action job)
    {
        lock (_sync)
            _tail = _tail.ContinueWith(_ => Run(job), CancellationToken.None, TaskContinuationOptions.LongRunning, TaskScheduler.Default);
    }

    void Run(Action job)
    {
        try
        {
            probe?.BeforeJob?.Invoke();
            job();
        }
        catch (Exception ex)
        {
            // The next roll tries again; a file left uncompressed is picked up at the next start.
            SelfLog.WriteLine("LogKit file sink {0}: maintenance of rolled files failed: {1}", sinkName, ex);
        }
    }
}
