using LogKit.Prometheus.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Serilog.Events;

namespace LogKit.Prometheus.Tests.Operations;

/// <summary>Time and TimeAsync: one-line timed operations on any logger.</summary>
public sealed class LoggerOperationExtensionsTests : IDisposable
{
    readonly FakeTimeProvider _clock = new();
    readonly LogPipeline _pipeline;
    readonly CollectingSink _sink = new();
    readonly LogKitMeter _meter = new();

    public LoggerOperationExtensionsTests()
    {
        _pipeline = Some.Pipeline(_clock);
        _pipeline.AddSink(_sink);
    }

    [Fact]
    public void TimeLogsTheNamedWorkAndReturnsItsResult()
    {
        var result = _pipeline.Time("Checksum", () =>
        {
            _clock.Advance(TimeSpan.FromMilliseconds(40));
            return 17;
        });

        result.Should().Be(17);
        var logEvent = _sink.Single;
        logEvent.RenderMessage().Should().Be("Checksum completed in 40.0 ms");
        logEvent.Properties["Operation"].Should().Be(new ScalarValue("Checksum"));
        _meter.Recorded("logkit.operation.duration", ("operation", "Checksum"), ("outcome", "completed")).Should().Equal(0.04);
    }

    [Fact]
    public void TimeLogsAFailureAndRethrows()
    {
        var act = () => _pipeline.Time("Broken", () =>
        {
            _clock.Advance(TimeSpan.FromMilliseconds(3));
            throw new InvalidOperationException("nope");
        });

        act.Should().Throw<InvalidOperationException>();
        _sink.Single.Level.Should().Be(LogEventLevel.Error);
        _sink.Single.RenderMessage().Should().Be("Broken failed in 3.0 ms");
        _meter.Recorded("logkit.operation.duration", ("operation", "Broken"), ("outcome", "failed")).Should().Equal(0.003);
    }

    [Fact]
    public async Task TimeAsyncTimesTheAwaitedWork()
    {
        var gate = new TaskCompletionSource<string>();
        var timed = _pipeline.TimeAsync("Download", () => gate.Task);
        _clock.Advance(TimeSpan.FromSeconds(1.5));
        gate.SetResult("done");

        (await timed).Should().Be("done");
        _sink.Single.RenderMessage().Should().Be("Download completed in 1500.0 ms");
        _meter.Recorded("logkit.operation.duration", ("operation", "Download")).Should().Equal(1.5);
    }

    [Fact]
    public async Task TimeAsyncLogsAFailedTaskAndRethrows()
    {
        var act = () => _pipeline.Logger.TimeAsync("Upload", () => Task.FromException(new IOException("reset")));

        await act.Should().ThrowAsync<IOException>();
        _sink.Single.Level.Should().Be(LogEventLevel.Error);
        _sink.Single.Exception.Should().BeOfType<IOException>();
    }

    [Fact]
    public void WorksOnAnySerilogLoggerWithTheSystemClock()
    {
        var sink = new CollectingSink();
        using var serilog = new Serilog.LoggerConfiguration().WriteTo.Sink(sink).CreateLogger();

        serilog.Time("Foreign", () => { });

        sink.Single.Properties["Outcome"].Should().Be(new ScalarValue("completed"));
        ((double)((ScalarValue)sink.Single.Properties["Elapsed"]).Value!).Should().BeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public async Task TheStaticFacadeTimesOnTheDefaultPipeline()
    {
        Log.Time("static-time", () => { });
        (await Log.TimeAsync("static-time-async", () => Task.FromResult(1))).Should().Be(1);
        using (var op = Log.BeginOperation("Static {Kind}", "operation"))
            op.Complete();

        _meter.Recorded("logkit.operation.duration", ("operation", "static-time"), ("outcome", "completed")).Should().ContainSingle();
        _meter.Recorded("logkit.operation.duration", ("operation", "static-time-async")).Should().ContainSingle();
        _meter.Recorded("logkit.operation.duration", ("operation", "Static {Kind}")).Should().ContainSingle();
    }

    public void Dispose()
    {
        _meter.Dispose();
        _pipeline.Dispose();
    }
}
