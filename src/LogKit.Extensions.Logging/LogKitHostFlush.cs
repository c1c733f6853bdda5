using Microsoft.Extensions.Hosting;

namespace LogKit.Extensions.Logging;

/// <summary>
/// Flushes the pipeline when the host has stopped (after Ctrl+C or SIGTERM, once every hosted service
/// has finished), so the last events of a shutdown are on disk before the process exits. While the host's
/// lifetime handles termination signals, LogKit's own signal handler leaves them to it.
/// </summary>
internal sealed class LogKitHostFlush(IHostApplicationLifetime lifetime, LogPipeline pipeline, IHostLifetime? hostLifetime) : IHostedService, IDisposable
{
    CancellationTokenRegistration _stopped;
    IDisposable? _signals;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _stopped = lifetime.ApplicationStopped.Register(() => ShutdownFlush.Run(pipeline));
        // The console and systemd lifetimes cancel SIGTERM, SIGINT and SIGQUIT and stop the host, which
        // flushes above. Another lifetime (a Windows service, a custom one) may not: LogKit keeps flushing then.
        if (HandlesSignals(hostLifetime))
            _signals = LogPipeline.LeaveTerminationSignalsToHost();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        _stopped.Dispose();
        _signals?.Dispose();
    }

    // By name: the lifetimes are in Microsoft.Extensions.Hosting(.Systemd), which this package does not reference.
    internal static bool HandlesSignals(IHostLifetime? hostLifetime)
        => hostLifetime?.GetType().FullName is "Microsoft.Extensions.Hosting.Internal.ConsoleLifetime" or "Microsoft.Extensions.Hosting.Systemd.SystemdLifetime";
}
