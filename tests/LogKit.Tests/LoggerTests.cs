using System.Globalization;
using LogKit.Tests.Support;
using Serilog.Core.Enrichers;
using Serilog.Events;

namespace LogKit.Tests;

/// <summary>
/// <see cref="Logger"/>: the typed logger from <c>ForContext</c>, <c>Bind</c> and <c>pipeline.Logger</c>, with the
/// facade's unboxed overloads and interpolated strings, and still a Serilog <c>ILogger</c>.
/// </summary>
public class LoggerTests
{
    [Fact]
    public void ATenThousandLongForContextChainStaysFast()
    {
        // Each ForContext copied and scanned every bound property: O(k^2) for a chain of k.
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var logger = pipeline.Logger;
        for (var i = 0; i < 10_000; i++)
            logger = logger.ForContext("P" + i, i);
        logger = logger.ForContext("P0", "newest");
        watch.Stop();
        using (pipeline)
            logger.Information("chained");

        var properties = sink.SingleEvent.Properties;
        properties.Should().HaveCount(10_000);
        ((ScalarValue)properties["P0"]).Value.Should().Be("newest");
        ((ScalarValue)properties["P9999"]).Value.Should().Be(9_999);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void EveryLinkOfAChainSeesOnlyWhatWasBoundBeforeIt()
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        using (pipeline)
        {
            var a = pipeline.Logger.ForContext("A", 1);
            var b = a.ForContext("B", 2);
            var a2 = b.ForContext("A", 3);
            a.Information("a");
            a2.Information("a2");
            b.Information("b");
        }

        sink.Events.Select(e => string.Join(",", e.Properties.OrderBy(p => p.Key).Select(p => p.Key + "=" + p.Value)))
            .Should().Equal("A=1", "A=3,B=2", "A=1,B=2");
    }

    [Fact]
    public void FourTypedArgumentsWriteTheSameEventAsSerilogsParamsOverload()
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        using (pipeline)
        {
            var log = pipeline.Logger.ForContext<LoggerTests>().Bind("Tenant", 7);
            Serilog.ILogger asSerilog = log;
            var when = new DateTimeOffset(2026, 11, 26, 1, 2, 3, TimeSpan.Zero);
            var exception = new InvalidOperationException("boom");

            log.Information("User {UserId} bought {Quantity} x {@Product} at {When:u}", 42, 3, new { Name = "Widget" }, when);
            asSerilog.Information("User {UserId} bought {Quantity} x {@Product} at {When:u}", 42, 3, new { Name = "Widget" }, when);
            log.Error(exception, "Failed {A} {B} {C} {D}", 1, "two", 3.5m, (int?)null);
            asSerilog.Error(exception, "Failed {A} {B} {C} {D}", 1, "two", 3.5m, (int?)null);
        }

        var events = sink.Events.Select(Describe).ToArray();
        events.Should().HaveCount(4);
        events[0].Should().Be(events[1]);
        events[2].Should().Be(events[3]);
        events[0].Should().Be("Information | User 42 bought 3 x { Name: \"Widget\" } at 2026-11-26 01:02:03Z | " +
            "UserId=42; Quantity=3; Product={ Name: \"Widget\" }; When=11/26/2026 01:02:03 +00:00; Tenant=7; SourceContext=\"LogKit.Tests.LoggerTests\" | ");
        events[2].Should().StartWith("Error | Failed 1 \"two\" 3.5 null |").And.EndWith("| System.InvalidOperationException: boom");
    }

    [Fact]
    public void EveryLevelWritesItsOwnLevelWithItsExceptionAndFourArguments()
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        var exception = new InvalidOperationException();
        using (pipeline)
        {
            var log = pipeline.Logger.Bind("Bound", true);
            log.Verbose(exception, "{A} {B} {C} {D}", 1, 2, 3, 4);
            log.Debug(exception, "{A} {B} {C} {D}", 1, 2, 3, 4);
            log.Information(exception, "{A} {B} {C} {D}", 1, 2, 3, 4);
            log.Warning(exception, "{A} {B} {C} {D}", 1, 2, 3, 4);
            log.Error(exception, "{A} {B} {C} {D}", 1, 2, 3, 4);
            log.Fatal(exception, "{A} {B} {C} {D}", 1, 2, 3, 4);
            log.Write(LogEventLevel.Warning, "{A} {B} {C} {D}", 1, 2, 3, 4);
        }

        sink.Events.Select(e => e.Level).Should().Equal(Enum.GetValues<LogEventLevel>().Append(LogEventLevel.Warning));
        sink.Events.Take(6).Should().OnlyContain(e => e.Exception == exception);
        sink.Events.Should().OnlyContain(e => e.RenderMessage(CultureInfo.InvariantCulture) == "1 2 3 4" && e.Properties.ContainsKey("Bound"));
    }

    [Fact]
    public void AChainKeepsTheLoggerTypeAndEveryPropertyAndEnricher()
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        using (pipeline)
        {
            Logger chained = pipeline.Logger
                .ForContext<LoggerTests>()
                .Bind("A", 1)
                .ForContext("B", new[] { 2, 3 }, destructureObjects: true)
                .ForContext(new PropertyEnricher("C", "enriched"))
                .ForContext(typeof(string));
            chained.Information("{X} {Y} {Z} {W}", 'x', 2L, 3.0, Guid.Empty);
        }

        var e = sink.SingleEvent;
        e.Properties.Keys.Should().BeEquivalentTo(["X", "Y", "Z", "W", "A", "B", "C", "SourceContext"]);
        e.Properties["SourceContext"].Should().Be(new ScalarValue("System.String"), "the newest source context wins");
        e.Properties["B"].Should().BeOfType<SequenceValue>();
        e.Properties["C"].Should().Be(new ScalarValue("enriched"));
    }

    [Fact]
    public void ALoggersInterpolatedStringsCarryItsPropertiesAndFollowItsOverride()
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink(LogEventLevel.Debug);
        using (pipeline)
        {
            pipeline.OverrideMinimumLevel(typeof(LoggerTests).FullName!, LogEventLevel.Warning);
            var log = pipeline.Logger.ForContext<LoggerTests>().Bind("OrderId", 12);
            var evaluated = 0;
            int Expensive() => ++evaluated;
            var amount = 9.5m;

            log.Information($"skipped {Expensive()}");
            pipeline.Logger.Debug($"root {amount}");                           // the pipeline's own level, no override
            log.Warning(new InvalidOperationException("declined"), $"Payment of {amount} declined");

            evaluated.Should().Be(0, "the source context's override (Warning) turns Information off before any hole is evaluated");
        }

        sink.Events.Select(e => e.MessageTemplate.Text).Should().Equal("root {amount}", "Payment of {amount} declined");
        var warning = sink.Events[1];
        warning.Level.Should().Be(LogEventLevel.Warning);
        warning.Exception!.Message.Should().Be("declined");
        warning.Properties.Keys.Should().BeEquivalentTo(["amount", "OrderId", "SourceContext"]);
    }

    [Fact]
    public void AsSerilogsILoggerItMakesLoggersOfItsOwnKind()
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        using (pipeline)
        {
            Serilog.ILogger asSerilog = pipeline.Logger;
            asSerilog.ForContext<LoggerTests>().Should().BeOfType<Logger>();
            asSerilog.ForContext(typeof(LoggerTests)).Should().BeOfType<Logger>();
            asSerilog.ForContext("A", 1).Should().BeOfType<Logger>();
            asSerilog.ForContext(new PropertyEnricher("B", 2)).Should().BeOfType<Logger>();
            asSerilog.ForContext([new PropertyEnricher("C", 3)]).Should().BeOfType<Logger>();
            asSerilog.ForContext("", 1).Should().BeSameAs(asSerilog, "an invalid name is ignored, as in Serilog");

            asSerilog.ForContext("A", 1).Information("{X} {Y} {Z} {W}", 1, 2, 3, 4);
        }

        sink.SingleEvent.Properties.Keys.Should().BeEquivalentTo(["X", "Y", "Z", "W", "A"]);
    }

    [Fact]
    public void TheFacadesLoggersAreLoggersOfTheDefaultPipeline()
    {
        Logger typed = Log.ForContext<LoggerTests>();
        Logger bound = Log.Bind("A", 1);
        Logger named = Log.ForContext("B", 2);
        Logger root = Log.Logger;

        root.Should().BeSameAs(Log.Pipeline.Logger);
        foreach (var logger in new[] { typed, bound, named, Log.ForContext(typeof(LoggerTests)) })
            logger.IsEnabled(LogEventLevel.Fatal).Should().Be(Log.IsEnabled(LogEventLevel.Fatal));
    }

    static string Describe(LogEvent e)
        => $"{e.Level} | {e.RenderMessage(CultureInfo.InvariantCulture)} | " +
           string.Join("; ", e.Properties.Select(p => p.Key + "=" + p.Value.ToString(null, CultureInfo.InvariantCulture))) +
           $" | {e.Exception?.GetType().FullName}{(e.Exception is null ? "" : ": " + e.Exception.Message)}";
}
