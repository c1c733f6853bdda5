using LogKit.Prometheus.Tests.Support;
using Serilog.Events;

namespace LogKit.Prometheus.Tests.Diagnostics;

/// <summary>logkit.events: events a pipeline accepted, by level.</summary>
public class EventMetricsTests
{
    [Fact]
    public async Task CountsEachAcceptedEventOnceByLevelHoweverManySinksReceiveIt()
    {
        using var meter = new LogKitMeter();
        var errorsBefore = meter.Latest("logkit.events", ("level", "Error"));
        var informationBefore = meter.Latest("logkit.events", ("level", "Information"));
        var debugBefore = meter.Latest("logkit.events", ("level", "Debug"));

        await using var pipeline = Some.Pipeline();
        pipeline.AddSink(new CollectingSink());
        pipeline.AddSink(new CollectingSink());
        for (var i = 0; i < 7; i++)
            pipeline.Logger.Error("Failed {Attempt}", i);
        pipeline.Logger.Information("Started");
        pipeline.Logger.Debug("Below the minimum level: not accepted");
        await pipeline.FlushAsync();

        meter.Latest("logkit.events", ("level", "Error")).Should().Be(errorsBefore + 7);
        meter.Latest("logkit.events", ("level", "Information")).Should().Be(informationBefore + 1);
        meter.Latest("logkit.events", ("level", "Debug")).Should().Be(debugBefore);
    }

    [Fact]
    public void ReportsEveryLevelAsATagFromTheFirstPipelineOn()
    {
        using var meter = new LogKitMeter();
        using var pipeline = Some.Pipeline();   // creating a pipeline creates the meter
        var collector = meter.Collector<long>("logkit.events");
        collector.RecordObservableInstruments();

        collector.GetMeasurementSnapshot().Select(m => m.Tags["level"]).Should()
            .BeEquivalentTo(Enum.GetNames<LogEventLevel>());
        collector.Instrument!.Unit.Should().Be("{event}");
        collector.Instrument.Meter.Version.Should().NotBeNullOrEmpty("the meter carries the package version");
    }
}
