using System.Diagnostics;
using LogKit.Extensions.Logging;
using LogKit.Tests.Support;
using Microsoft.Extensions.Logging;
using Serilog.Events;
using MelLogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace LogKit.Tests.Extensions.Logging;

public sealed class MelMappingTests : IDisposable
{
    readonly LogPipeline _pipeline = TestPipeline.Create(LogEventLevel.Information);
    readonly CollectingSink _sink = new();
    readonly ILoggerFactory _factory;

    public MelMappingTests()
    {
        _pipeline.AddSink(_sink);
        _factory = LoggerFactory.Create(b => b.AddLogKit(_pipeline));
    }

    public void Dispose()
    {
        _factory.Dispose();
        _pipeline.Dispose();
    }

    sealed class OrderService;

    [Theory]
    [InlineData(MelLogLevel.Trace, LogEventLevel.Verbose)]
    [InlineData(MelLogLevel.Debug, LogEventLevel.Debug)]
    [InlineData(MelLogLevel.Information, LogEventLevel.Information)]
    [InlineData(MelLogLevel.Warning, LogEventLevel.Warning)]
    [InlineData(MelLogLevel.Error, LogEventLevel.Error)]
    [InlineData(MelLogLevel.Critical, LogEventLevel.Fatal)]
    public void MapsLevels(MelLogLevel level, LogEventLevel expected)
    {
        _pipeline.MinimumLevel = LogEventLevel.Verbose;
        _factory.CreateLogger("x").Log(level, "at {Level}", level);

        _sink.SingleEvent.Level.Should().Be(expected);
    }

    [Fact]
    public void TheCategoryBecomesSourceContextAndTemplatesKeepTheirStructure()
    {
        var exception = new InvalidOperationException("x");
        _factory.CreateLogger<OrderService>().LogWarning(exception, "Order {OrderId} for {Customer} costs {Price:0.00}", 42, "ann", 9.5m);

        var e = _sink.SingleEvent;
        e.MessageTemplate.Text.Should().Be("Order {OrderId} for {Customer} costs {Price:0.00}");
        e.Properties["OrderId"].Should().Be(new ScalarValue(42));
        e.Properties["Customer"].Should().Be(new ScalarValue("ann"));
        e.Properties["SourceContext"].Should().Be(new ScalarValue(typeof(OrderService).FullName!.Replace('+', '.')));   // MEL's category name
        e.Exception.Should().BeSameAs(exception);
        e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture).Should().Be("Order 42 for \"ann\" costs 9.50");
    }

    [Fact]
    public void EventIdsBecomeAnEventIdProperty()
    {
        _factory.CreateLogger("x").LogInformation(new EventId(7, "Shipped"), "shipped");

        _sink.SingleEvent.Properties["EventId"].ToString().Should().Be("{ Id: 7, Name: \"Shipped\" }");
    }

    [Fact]
    public void ScopesOfEveryKindBecomeContextProperties()
    {
        var logger = _factory.CreateLogger("x");
        using (logger.BeginScope(new Dictionary<string, object?> { ["RequestId"] = "r-1", ["@Order"] = new { Id = 5 } }))
        using (logger.BeginScope("Processing {OrderId}", 42))
        using (logger.BeginScope("plain text"))
            logger.LogInformation("inside");
        logger.LogInformation("outside");

        var inside = _sink.Events[0];
        inside.Properties["RequestId"].Should().Be(new ScalarValue("r-1"));
        inside.Properties["Order"].Should().BeOfType<StructureValue>();
        inside.Properties["OrderId"].Should().Be(new ScalarValue(42));
        inside.Properties["Scope"].ToString().Should().Be("[\"Processing 42\", \"plain text\"]");
        _sink.Events[1].Properties.Keys.Should().Equal("SourceContext");
    }

    [Fact]
    public void ScopesAndLogContextMixInBothDirections()
    {
        var logger = _factory.CreateLogger("x");
        using (LogContext.Push("FromLogKit", 1))
            logger.LogInformation("mel event");
        using (logger.BeginScope(new Dictionary<string, object?> { ["FromMel"] = 2 }))
            _pipeline.Logger.Information("LogKit event");

        _sink.Events[0].Properties.Should().ContainKey("FromLogKit");
        _sink.Events[1].Properties.Should().ContainKey("FromMel");
    }

    [Fact]
    public void IsEnabledHonoursLogKitsLevelsAndPerNamespaceOverrides()
    {
        _pipeline.OverrideMinimumLevel("MyApp.Db", LogEventLevel.Debug);
        _pipeline.OverrideMinimumLevel("Microsoft", LogEventLevel.Warning);

        _factory.CreateLogger("MyApp.Db.Orders").IsEnabled(MelLogLevel.Debug).Should().BeTrue();
        _factory.CreateLogger("MyApp.Web").IsEnabled(MelLogLevel.Debug).Should().BeFalse();
        _factory.CreateLogger("MyApp.Web").IsEnabled(MelLogLevel.Information).Should().BeTrue();
        _factory.CreateLogger("Microsoft.AspNetCore.Hosting").IsEnabled(MelLogLevel.Information).Should().BeFalse();
        _factory.CreateLogger("MicrosoftFoo").IsEnabled(MelLogLevel.Information).Should().BeTrue();

        _factory.CreateLogger("MyApp.Db.Orders").LogDebug("query");
        _factory.CreateLogger("Microsoft.AspNetCore.Hosting").LogInformation("noise");
        _sink.Messages.Should().Equal("query");

        // Overrides change at once, for loggers created before the change too.
        var web = _factory.CreateLogger("MyApp.Web");
        _pipeline.OverrideMinimumLevel("MyApp.Web", LogEventLevel.Verbose);
        web.IsEnabled(MelLogLevel.Trace).Should().BeTrue();
    }

    [Fact]
    public void ActivityTraceAndSpanIdsAreOnEveryEvent()
    {
        using var activity = new Activity("request").SetIdFormat(ActivityIdFormat.W3C).Start();
        _factory.CreateLogger("x").LogInformation("traced");

        _sink.SingleEvent.TraceId.Should().Be(activity.TraceId);
        _sink.SingleEvent.SpanId.Should().Be(activity.SpanId);
    }
}
