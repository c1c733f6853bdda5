using LogKit.Tests.Support;
using Microsoft.Extensions.Logging;
using Serilog.Events;

namespace LogKit.Tests.Extensions.Logging;

/// <summary><c>BeginScope</c> states of every shape, mapped onto <see cref="LogContext"/>.</summary>
public class ScopeMappingTests
{
    [Fact]
    public void ScopesWithInvalidKeysNeverThrow()
    {
        using var pipeline = TestPipeline.Create();
        var sink = new CollectingSink();
        pipeline.AddSink(sink);
        using var factory = LoggerFactory.Create(b => b.AddLogKit(pipeline));
        var logger = factory.CreateLogger("x");

        var scopes = () =>
        {
            using (logger.BeginScope(new Dictionary<string, object?> { ["@ "] = 1, ["$"] = 2, [""] = 3, ["Good"] = 4 }))
            using (logger.BeginScope(new[] { new KeyValuePair<string, object?>(null!, 5) }))
                logger.LogInformation("inside");
        };

        scopes.Should().NotThrow();
        sink.SingleEvent.Properties.Should().ContainKey("Good");
    }

    [Fact]
    public void TupleAndNullScopesMapAsInSerilogExtensionsLogging()
    {
        using var pipeline = TestPipeline.Create();
        var sink = new CollectingSink();
        pipeline.AddSink(sink);
        using var factory = LoggerFactory.Create(b => b.AddLogKit(pipeline));
        var logger = factory.CreateLogger("x");

        using (logger.BeginScope(("OrderId", 42)))
        using (logger.BeginScope<object>(null!))
            logger.LogInformation("inside");

        sink.SingleEvent.Properties["OrderId"].Should().Be(new ScalarValue(42));
        sink.SingleEvent.Properties.Should().NotContainKey("Scope");
    }
}
