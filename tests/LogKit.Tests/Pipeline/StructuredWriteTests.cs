using System.Diagnostics;
using LogKit.Tests.Support;
using Serilog.Events;

namespace LogKit.Tests.Pipeline;

/// <summary><see cref="LogPipeline.Write(LogEventLevel, Exception?, string?, ReadOnlySpan{KeyValuePair{string, object?}})"/>, the adapters' seam.</summary>
public sealed class StructuredWriteTests : IDisposable
{
    readonly TempFolder _folder = TempFolder.ForCaller();
    readonly LogPipeline _pipeline = TestPipeline.Create(LogEventLevel.Information);
    readonly CollectingSink _sink = new();

    public StructuredWriteTests() => _pipeline.AddSink(_sink);

    public void Dispose()
    {
        _pipeline.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void PairsBindByNameAndTheRestBecomePropertiesExactlyAsBoundOnes()
    {
        var path = _folder.File("structured.log");
        using (_pipeline.AddFile(path))
        using (LogContext.Push("EventId", "from context, shadowed"))
        {
            _pipeline.Write(LogEventLevel.Warning, null, "Paid {Amount} for {Order}",
                [new("Order", 7), new("SourceContext", "Shop.Checkout"), new("Amount", 12.5m), new("EventId", 3), new("Amount", "ignored: the first wins")]);
            _pipeline.Logger.ForContext("EventId", 3).ForContext("SourceContext", "Shop.Checkout")
                .Warning("Paid {Amount} for {Order}", 12.5m, 7);
        }

        var lines = LogFiles.ReadLines(path).Select(l => l[l.IndexOf(",\"@mt\"", StringComparison.Ordinal)..]).ToArray();
        lines.Should().HaveCount(2);
        lines[0].Should().Be(lines[1]);
        lines[0].Should().Contain("\"Amount\":12.5").And.Contain("\"EventId\":3").And.Contain("\"SourceContext\":\"Shop.Checkout\"");
    }

    [Fact]
    public void ATemplatePropertyWithoutAPairStillWritesTheEvent()
    {
        _pipeline.Write(LogEventLevel.Information, null, "Paid {Amount} for {Order}", [new("Amount", 5), new("@x", "odd name")]);
        _pipeline.Write(LogEventLevel.Information, null, "Positional {0}", [new("0", "zero")]);
        _pipeline.Write(LogEventLevel.Information, null, null, []);

        _sink.Events.Should().HaveCount(3);
        _sink.Events[0].RenderMessage().Should().Be("Paid 5 for {Order}");
        _sink.Events[0].Properties.Should().ContainKey("@x");
        _sink.Events[1].RenderMessage().Should().Be("Positional \"zero\"");
        _sink.Events[2].MessageTemplate.Text.Should().BeEmpty();
    }

    [Fact]
    public void TheTemplatesDestructuringHintIsKept()
    {
        _pipeline.Write(LogEventLevel.Information, null, "Order {@Order}", [new("Order", new { Id = 1 })]);

        _sink.SingleEvent.Properties["Order"].Should().BeOfType<StructureValue>();
    }

    [Fact]
    public void ASourceContextPairSelectsTheLevelOverride()
    {
        _pipeline.OverrideMinimumLevel("Shop", LogEventLevel.Warning);

        _pipeline.IsEnabled(LogEventLevel.Information, "Shop.Checkout").Should().BeFalse();
        _pipeline.IsEnabled(LogEventLevel.Information, "Other").Should().BeTrue();
        _pipeline.IsEnabled(LogEventLevel.Debug, null).Should().BeFalse();
        _pipeline.Write(LogEventLevel.Information, null, "dropped", [new("SourceContext", "Shop.Checkout")]);
        _pipeline.Write(LogEventLevel.Information, null, "kept", [new("SourceContext", "Other")]);
        _pipeline.Write(LogEventLevel.Debug, null, "below the minimum", []);

        _sink.SingleEvent.MessageTemplate.Text.Should().Be("kept");
    }

    [Fact]
    public void GivenTraceAndSpanIdsAreWritten()
    {
        var trace = ActivityTraceId.CreateRandom();
        var span = ActivitySpanId.CreateRandom();

        _pipeline.Write(LogEventLevel.Information, null, "traced {A}", [new("A", 1)], trace, span);
        _pipeline.Write(LogEventLevel.Information, null, "traced {B}", [new("A", 1)], trace, span);

        _sink.Events.Should().HaveCount(2).And.OnlyContain(e => e.TraceId == trace && e.SpanId == span);
    }

    [Fact]
    public void OnBehalfOfALoggerItsBoundPropertiesAndOverridesApplyBelowThePairs()
    {
        var path = _folder.File("on-behalf.log");
        _pipeline.SetMinimumLevelOverrides([new("Shop", LogEventLevel.Warning)]);
        var orders = _pipeline.Logger.ForContext("SourceContext", "Shop.Orders").ForContext("EventId", 3);
        using (_pipeline.AddFile(path))
        {
            _pipeline.Write(orders, LogEventLevel.Information, null, "below the override {A}", [new("A", 1)], default, default);
            _pipeline.Write(orders, LogEventLevel.Warning, null, "Paid {Amount}", [new("Amount", 12.5m), new("EventId", 4)], default, default);
            orders.ForContext("EventId", 4).Warning("Paid {Amount}", 12.5m);
        }

        var lines = LogFiles.ReadLines(path).Select(l => l[l.IndexOf(",\"@mt\"", StringComparison.Ordinal)..]).ToArray();
        lines.Should().HaveCount(2, "the override keeps the Information event out");
        lines[0].Should().Be(lines[1]).And.Contain("\"EventId\":4", "a pair ranks above the logger's bound property");
        lines[0].Should().Contain("\"SourceContext\":\"Shop.Orders\"");
    }

    [Fact]
    public void OnBehalfOfAForeignLoggerTheEventGoesThroughItsWrite()
    {
        var foreign = new CollectingSink();
        using var serilog = new Serilog.LoggerConfiguration().WriteTo.Sink(foreign).CreateLogger();

        _pipeline.Write(serilog.ForContext("Bound", 1), LogEventLevel.Information, null, "Hello {Name}", [new("Name", "ann")], default, default);

        _sink.Events.Should().BeEmpty();
        foreign.SingleEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture).Should().Be("Hello \"ann\"");
        foreign.SingleEvent.Properties.Should().ContainKey("Bound");
    }
}
