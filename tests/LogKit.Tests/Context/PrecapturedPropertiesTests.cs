using LogKit.Tests.Support;
using Serilog.Events;

namespace LogKit.Tests.Context;

/// <summary>
/// <see cref="LogContext.Push(IEnumerable{LogEventProperty})"/> and <see cref="LogContext.TryGetValue"/>: the
/// public seam adapters (the Microsoft.Extensions.Logging scope mapping) push through.
/// </summary>
public class PrecapturedPropertiesTests
{
    [Fact]
    public void PushedPropertiesAreUsedAsTheyAreUntilTheScopeEnds()
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        using (pipeline)
        {
            var structure = new StructureValue([new LogEventProperty("Id", new ScalarValue(7))], "Order");
            using (LogContext.Push([new LogEventProperty("Order", structure), new LogEventProperty("Tenant", new ScalarValue("a"))]))
            {
                LogContext.TryGetValue("Tenant", out var tenant).Should().BeTrue();
                tenant.Should().Be(new ScalarValue("a"));
                pipeline.Logger.Information("inside");
            }
            pipeline.Logger.Information("outside");
        }

        sink.Events[0].Properties["Order"].Should().BeSameAs(sink.Events[0].Properties["Order"]).And.BeOfType<StructureValue>()
            .Which.TypeTag.Should().Be("Order");
        sink.Events[0].Properties["Tenant"].Should().Be(new ScalarValue("a"));
        sink.Events[1].Properties.Should().NotContainKey("Tenant");
        LogContext.TryGetValue("Tenant", out _).Should().BeFalse();
    }

    [Fact]
    public void AnArrayChangedAfterItWasPushedDoesNotChangeTheContext()
    {
        // The context keeps arrays it builds without copying them again; the caller's own array is never one of them.
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        var pushed = new LogEventProperty?[] { new("A", new ScalarValue(1)), null };
        using (pipeline)
        using (LogContext.Push(pushed!))
        {
            pushed[0] = new LogEventProperty("A", new ScalarValue("changed"));
            pushed[1] = new LogEventProperty("B", new ScalarValue(2));
            pipeline.Logger.Information("inside");
        }

        sink.SingleEvent.Properties.Should().ContainSingle().Which.Value.Should().Be(new ScalarValue(1));
    }

    [Fact]
    public void TryGetValueSeesTheInnermostOfShadowedNames()
    {
        using (LogContext.Push("Name", "outer"))
        using (LogContext.Push([new LogEventProperty("Name", new ScalarValue("inner"))]))
        {
            LogContext.TryGetValue("Name", out var value).Should().BeTrue();
            value.Should().Be(new ScalarValue("inner"));
        }
    }

    [Fact]
    public void NullEntriesAreSkippedAndTheRestKeepTheirOrderFromArraysListsAndSequences()
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        static LogEventProperty P(string name, int value) => new(name, new ScalarValue(value));
        static IEnumerable<LogEventProperty> Lazily()
        {
            yield return P("E", 5);
            yield return null!;
            yield return P("F", 6);
        }

        using (pipeline)
        using (LogContext.Push(new[] { P("A", 1), null!, P("B", 2), null! }))
        using (LogContext.Push(new List<LogEventProperty> { null!, P("C", 3), P("D", 4) }))
        using (LogContext.Push(Lazily()))
        using (LogContext.Push(new LogEventProperty[] { null!, null! }))
            pipeline.Logger.Information("inside");

        sink.SingleEvent.Properties.Keys.Should().Equal("E", "F", "C", "D", "A", "B");
    }
}
