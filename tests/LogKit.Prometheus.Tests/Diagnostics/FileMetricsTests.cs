using LogKit.Prometheus.Tests.Support;

namespace LogKit.Prometheus.Tests.Diagnostics;

/// <summary>logkit.file.bytes, logkit.file.rotations, logkit.file.archives and the file sink's write duration.</summary>
public sealed class FileMetricsTests : IDisposable
{
    readonly string _folder = Path.Combine(Path.GetTempPath(), "logkit-metrics-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task CountsTheBytesWrittenToTheFile()
    {
        using var meter = new LogKitMeter();
        var name = Some.SinkName("file");
        var path = Path.Combine(_folder, "app.log");
        await using (var pipeline = Some.Pipeline())
        {
            pipeline.AddFile(path, o => o.Name = name);
            for (var i = 0; i < 20; i++)
                pipeline.Logger.Information("Event {Number}", i);
            await pipeline.FlushAsync();

            meter.Latest("logkit.file.bytes", ("sink", name)).Should().Be(new FileInfo(path).Length);
            meter.Latest("logkit.file.rotations", ("sink", name)).Should().Be(0);
            meter.Latest("logkit.queue.capacity", ("sink", name)).Should().Be(10_000);
            // Recorded just after the batch reports its events, so the flush may return first.
            (await Poll.UntilAsync(() => meter.Recorded("logkit.sink.write.duration", ("sink", name)).Count > 0)).Should().BeTrue();
            meter.Recorded("logkit.sink.write.duration", ("sink", name)).Should().OnlyContain(seconds => seconds > 0 && seconds < 10);
        }
    }

    [Fact]
    public async Task CountsRotationsAndArchives()
    {
        using var meter = new LogKitMeter();
        var name = Some.SinkName("file");
        var path = Path.Combine(_folder, "app.log");
        await using var pipeline = Some.Pipeline();
        pipeline.AddFile(path, o =>
        {
            o.Name = name;
            o.MaxFileSize = 1;   // every event after the first starts a new file
            o.Compression = FileCompression.GZip;
        });

        for (var i = 0; i < 3; i++)
        {
            pipeline.Logger.Information("Event {Number}", i);
            await pipeline.FlushAsync();
        }

        meter.Latest("logkit.file.rotations", ("sink", name)).Should().Be(2);
        // Archives are written off the write path, after the flush: wait for the count, not for a time.
        (await Poll.UntilAsync(() => meter.Latest("logkit.file.archives", ("sink", name)) == 2)).Should().BeTrue();
        Directory.GetFiles(_folder, "*.gz").Should().HaveCount(2);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }
}
