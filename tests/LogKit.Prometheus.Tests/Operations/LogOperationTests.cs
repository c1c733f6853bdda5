using LogKit.Prometheus.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Serilog.Events;

namespace LogKit.Prometheus.Tests.Operations;

/// <summary>BeginOperation: the event each ending writes and the duration it records.</summary>
public sealed class LogOperationTests : IDisposable
{
    readonly FakeTimeProvider _clock = new();
    readonly LogPipeline _pipeline;
    readonly CollectingSink _sink = new();
    readonly LogKitMeter _meter = new();

    public LogOperationTests()
    {
        _pipeline = Some.Pipeline(_clock);
        _pipeline.AddSink(_sink);
    }

    [Fact]
    public void CompletedOperationLogsInformationWithTheElapsedTimeAndRecordsIt()
    {
        using (var op = _pipeline.BeginOperation("Processing order {OrderId}", 42))
        {
            _clock.Advance(TimeSpan.FromMilliseconds(12.3));
            op.Complete();
        }

        var logEvent = _sink.Single;
        logEvent.Level.Should().Be(LogEventLevel.Information);
        logEvent.RenderMessage().Should().Be("Processing order 42 completed in 12.3 ms");
        logEvent.Properties["OrderId"].Should().Be(new ScalarValue(42));
        logEvent.Properties["Elapsed"].Should().Be(new ScalarValue(12.3));
        logEvent.Properties["Outcome"].Should().Be(new ScalarValue("completed"));
        _meter.Recorded("logkit.operation.duration", ("operation", "Processing order {OrderId}"), ("outcome", "completed"))
            .Should().Equal(0.0123);
    }

    [Fact]
    public void OperationDisposedWithoutCompletingIsAbandoned()
    {
        using (_pipeline.BeginOperation("Importing {File}", "a.csv"))
            _clock.Advance(TimeSpan.FromSeconds(2));

        var logEvent = _sink.Single;
        logEvent.Level.Should().Be(LogEventLevel.Warning);
        logEvent.RenderMessage().Should().Be("Importing \"a.csv\" abandoned in 2000.0 ms");
        logEvent.Properties["Outcome"].Should().Be(new ScalarValue("abandoned"));
        _meter.Recorded("logkit.operation.duration", ("operation", "Importing {File}"), ("outcome", "abandoned")).Should().Equal(2.0);
    }

    [Fact]
    public void FailedOperationLogsErrorWithTheException()
    {
        var failure = new InvalidOperationException("out of stock");
        using (var op = _pipeline.BeginOperation("Shipping {OrderId}", 7))
        {
            _clock.Advance(TimeSpan.FromMilliseconds(250));
            op.Fail(failure);
        }

        var logEvent = _sink.Single;
        logEvent.Level.Should().Be(LogEventLevel.Error);
        logEvent.Exception.Should().BeSameAs(failure);
        logEvent.RenderMessage().Should().Be("Shipping 7 failed in 250.0 ms");
        _meter.Recorded("logkit.operation.duration", ("operation", "Shipping {OrderId}"), ("outcome", "failed")).Should().Equal(0.25);
    }

    [Fact]
    public void CompleteWithAPropertyAddsItToTheCompletionEvent()
    {
        using (var op = _pipeline.BeginOperation("Pricing basket"))
            op.Complete("Total", 99.5m);

        _sink.Single.Properties["Total"].Should().Be(new ScalarValue(99.5m));
    }

    [Fact]
    public void OnlyTheFirstEndingCounts()
    {
        var op = _pipeline.BeginOperation("Once");
        op.Complete();
        op.Fail(new InvalidOperationException());
        op.Dispose();

        _sink.Single.Properties["Outcome"].Should().Be(new ScalarValue("completed"));
        _meter.Recorded("logkit.operation.duration", ("operation", "Once")).Should().ContainSingle();
    }

    [Fact]
    public void AnExplicitNameReplacesTheTemplateAsTheMetricTag()
    {
        using (var op = _pipeline.BeginOperation("Processing order {OrderId}", 42))
        {
            op.Name = "orders.process";
            op.Complete();
        }

        _meter.Recorded("logkit.operation.duration", ("operation", "orders.process")).Should().ContainSingle();
    }

    [Fact]
    public void WorksOnLoggersFromForContextAndBindAndKeepsTheirProperties()
    {
        var logger = _pipeline.Logger.ForContext<LogOperationTests>().ForContext("TenantId", 7);
        using (var op = logger.BeginOperation("Tenant job"))
        {
            _clock.Advance(TimeSpan.FromMilliseconds(5));
            op.Complete();
        }

        var logEvent = _sink.Single;
        logEvent.Properties["TenantId"].Should().Be(new ScalarValue(7));
        logEvent.Properties["SourceContext"].Should().Be(new ScalarValue(typeof(LogOperationTests).FullName));
        logEvent.Properties["Elapsed"].Should().Be(new ScalarValue(5.0), "the pipeline's clock times loggers derived from it");
    }

    [Fact]
    public void RecordsTheDurationEvenWhenTheLevelIsNotLogged()
    {
        _pipeline.MinimumLevel = LogEventLevel.Error;
        using (var op = _pipeline.BeginOperation("Quiet"))
        {
            _clock.Advance(TimeSpan.FromMilliseconds(1));
            op.Complete();
        }

        _sink.Events.Should().BeEmpty();
        _meter.Recorded("logkit.operation.duration", ("operation", "Quiet")).Should().Equal(0.001);
    }

    public void Dispose()
    {
        _meter.Dispose();
        _pipeline.Dispose();
    }
}
