using Microsoft.Extensions.Time.Testing;
using Serilog.Events;

namespace LogKit.Tests.Support;

/// <summary>A pipeline with one file sink and a fake clock, for file sink tests.</summary>
public sealed class FileTestPipeline : IDisposable
{
    public FileTestPipeline(string path, Action<FileSinkOptions>? configure = null, FakeTimeProvider? clock = null)
    {
        Clock = clock ?? new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
        if (clock is null)
            Clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        Pipeline = TestPipeline.Create(LogEventLevel.Verbose, Clock);
        Handle = Pipeline.AddFile(path, o =>
        {
            o.MaintenanceProbe = Maintenance;
            configure?.Invoke(o);
        });
    }

    public FakeTimeProvider Clock { get; }

    /// <summary>Holds maintenance jobs back (<c>BeforeJob</c>) or waits for them (<c>Idle</c>).</summary>
    internal LogKit.Sinks.File.MaintenanceProbe Maintenance { get; } = new();

    public LogPipeline Pipeline { get; }

    public LogSinkHandle Handle { get; }

    public Serilog.ILogger Logger => Pipeline.Logger;

    internal LogKit.Sinks.File.FileSink Sink => (LogKit.Sinks.File.FileSink)Handle.Sink;

    public void Flush() => Pipeline.Flush();

    /// <summary>Flushes writes and waits for compression and retention to finish.</summary>
    public void Settle()
    {
        Pipeline.Flush();
        Maintenance.Idle.Wait();
    }

    public void Dispose() => Pipeline.Dispose();
}
