using Microsoft.Extensions.Hosting;

namespace LogKit.Extensions.Logging;

/// <summary>
/// Flushes the pipeline when the host has stopped (after Ctrl+C or SIGTERM, once every hosted service
/// has finished), so the last events of a shutdown are on disk before the process exits.
/// </summary>
internal sealed class LogKitHostFlush(IHostApplicationLifetime lifetime, LogPipeline pipeline) : IHostedService, IDisposable
{
    CancellationTokenRegistration _stopped;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _stopped = lifetime.ApplicationStopped.Register(() => ShutdownFlush.Run(pipeline));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _stopped.Dispose();
}
