using System.Globalization;
using LogKit.Tests.Support;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace LogKit.Tests.Core;

/// <summary>
/// Serilog is the oracle for capturing: the same call through Serilog's own logger and through
/// LogKit must produce the same template, properties (names, order and values) and rendering.
/// </summary>
public class SerilogCompatibilityTests
{
    public enum Colour { Red, Green }

    public sealed record Order(int Id, string Customer, decimal Total);

    public sealed class Opaque
    {
        public override string ToString() => "opaque!";
    }

    public static TheoryData<string, object?[]> Calls() => new()
    {
        { "No properties", [] },
        { "User {UserId} bought {Quantity} x {Product} for {Price}", [42, 3, "Widget", 19.99m] },
        { "Scalars {A} {B} {C} {D} {E} {F}", [1.5, 2.5f, true, 'c', (byte)7, -8L] },
        { "Times {When} {Offset} {Span} {Id}", [new DateTime(2026, 11, 25, 10, 16, 53, DateTimeKind.Utc), new DateTimeOffset(2026, 11, 25, 10, 16, 53, TimeSpan.FromHours(2)), TimeSpan.FromMinutes(90), Guid.Parse("5b0ad5a2-4b2d-4a0c-8a8e-1a2b3c4d5e6f")] },
        { "Null {Value}", [null] },
        { "Enum {Colour} and {Opaque}", [Colour.Green, new Opaque()] },
        { "Sequence {Items} and {Map}", [new[] { 1, 2, 3 }, new Dictionary<string, int> { ["a"] = 1 }] },
        { "Destructured {@Order} vs {Order2}", [new Order(7, "Ann", 10.5m), new Order(8, "Bob", 1m)] },
        { "Stringified {$Value} {$Number}", [new[] { 1, 2 }, 3.25] },
        { "Formatted {Price:0.00} and {When:yyyy-MM-dd} aligned {Name,8}|", [19.5m, new DateTime(2026, 1, 2), "x"] },
        { "Positional {1} then {0}", ["zero", "one"] },
        { "Too few {A} {B}", [1] },
        { "Too many {A}", [1, 2, 3] },
        { "Repeated {A} and {A}", [1, 2] },
        { "Malformed {User", ["x"] },
        { "Empty {} and {0", [1] },
        { "Escaped {{braces}} {Value}", [1] },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public void CapturesEventsExactlyAsSerilogDoes(string template, object?[] args)
    {
        var expected = SerilogEvent(log => log.Information(template, args));
        var actual = DelegatingSink.GetLogEvent(log => log.Information(template, args));

        Describe(actual).Should().Be(Describe(expected));
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public void GenericOverloadsCaptureExactlyAsTheParamsOverloadDoes(string template, object?[] args)
    {
        if (args.Length is 0 or > 4)
            return;

        var expected = DelegatingSink.GetLogEvent(log => log.Information(template, args));
        var actual = CaptureThroughGenericOverload(template, args);

        Describe(actual).Should().Be(Describe(expected));
    }

    [Fact]
    public void BoundAndContextPropertiesComeInSerilogsOrder()
    {
        var expected = SerilogEvent(log =>
        {
            using (Serilog.Context.LogContext.PushProperty("Outer", 1))
            using (Serilog.Context.LogContext.PushProperty("Inner", 2))
            using (Serilog.Context.LogContext.PushProperty("Shared", "context"))
                log.ForContext("First", "a").ForContext("Second", "b").ForContext("Shared", "bound").Information("{Template}", 0);
        });
        var actual = DelegatingSink.GetLogEvent(log =>
        {
            using (LogContext.Push("Outer", 1))
            using (LogContext.Push("Inner", 2))
            using (LogContext.Push("Shared", "context"))
                log.ForContext("First", "a").ForContext("Second", "b").ForContext("Shared", "bound").Information("{Template}", 0);
        });

        Describe(actual).Should().Be(Describe(expected));
    }

    [Fact]
    public void ForContextOfATypeSetsSourceContextAsSerilogDoes()
    {
        var expected = SerilogEvent(log => log.ForContext<Order>().Information("x"));
        var actual = DelegatingSink.GetLogEvent(log => log.ForContext<Order>().Information("x"));

        Describe(actual).Should().Be(Describe(expected));
        ((ScalarValue)actual.Properties["SourceContext"]).Value.Should().Be(typeof(Order).FullName);
    }

    [Fact]
    public void EnrichersAddedWithForContextRunOnEveryEvent()
    {
        var count = 0;
        var enricher = new DelegatingEnricher((e, f) => e.AddPropertyIfAbsent(f.CreateProperty("Call", ++count)));
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        using (pipeline)
        {
            var log = pipeline.Logger.ForContext(enricher);
            log.Information("a");
            log.Information("b");
        }

        sink.Events.Select(e => e.Properties["Call"].ToString()).Should().Equal("1", "2");
    }

    [Fact]
    public void WrittenEventsAreEnrichedWithBoundAndContextProperties()
    {
        var source = new LogEvent(DateTimeOffset.Now, LogEventLevel.Warning, null, MessageTemplate.Empty, []);
        var actual = DelegatingSink.GetLogEvent(log =>
        {
            using (LogContext.Push("Ctx", 1))
                log.ForContext("Bound", 2).Write(source);
        });

        actual.Should().NotBeSameAs(source, "the pipeline enriches a copy, as Serilog's sub-loggers do");
        actual.Properties.Keys.Should().Equal("Bound", "Ctx");
        source.Properties.Should().BeEmpty();
    }

    [Fact]
    public void OneEventWrittenToTwoPipelinesCarriesEachPipelinesOwnProperties()
    {
        var (first, firstSink) = TestPipeline.WithCollectingSink();
        var (second, secondSink) = TestPipeline.WithCollectingSink();
        using var _ = first;
        using var __ = second;
        first.SetProperty("App", "first");
        second.SetProperty("App", "second");
        var source = new LogEvent(DateTimeOffset.Now, LogEventLevel.Information, null, MessageTemplate.Empty, []);

        first.Logger.Write(source);
        second.Logger.Write(source);

        firstSink.Events.Single().Properties["App"].ToString().Should().Be("\"first\"");
        secondSink.Events.Single().Properties["App"].ToString().Should().Be("\"second\"", "the first pipeline's property must not leak into the second's sinks");
        source.Properties.Should().BeEmpty("the caller's event is left as it was");
    }

    [Fact]
    public void BindMessageTemplateAndBindPropertyFollowSerilog()
    {
        using var pipeline = TestPipeline.Create();
        using var serilog = new LoggerConfiguration().CreateLogger();

        pipeline.Logger.BindMessageTemplate("Hello {Name}", ["World"], out var template, out var properties).Should().BeTrue();
        serilog.BindMessageTemplate("Hello {Name}", ["World"], out var expectedTemplate, out var expectedProperties);
        template!.Text.Should().Be(expectedTemplate!.Text);
        properties!.Select(p => p.Name + "=" + p.Value).Should().Equal(expectedProperties!.Select(p => p.Name + "=" + p.Value));

        pipeline.Logger.BindProperty("Order", new Order(1, "A", 2), destructureObjects: true, out var property).Should().BeTrue();
        property!.Value.Should().BeOfType<StructureValue>();
        pipeline.Logger.BindProperty("", 1, false, out _).Should().BeFalse();
    }

    static LogEvent SerilogEvent(Action<Serilog.ILogger> write)
    {
        LogEvent? result = null;
        using (var serilog = new LoggerConfiguration().MinimumLevel.Verbose().Enrich.FromLogContext()
                   .WriteTo.Sink(new DelegatingSink(e => result = e)).CreateLogger())
            write(serilog);
        return result!;
    }

    static LogEvent CaptureThroughGenericOverload(string template, object?[] args)
    {
        // Call the generic overloads with the arguments' static types, as user code would.
        var method = typeof(GenericCalls).GetMethod("Call" + args.Length)!
            .MakeGenericMethod(args.Select(a => a?.GetType() ?? typeof(object)).ToArray());
        return DelegatingSink.GetLogEvent(log => method.Invoke(null, [log, template, .. args]));
    }

    static class GenericCalls
    {
        public static void Call1<T0>(Serilog.ILogger log, string t, T0 a) => log.Information(t, a);
        public static void Call2<T0, T1>(Serilog.ILogger log, string t, T0 a, T1 b) => log.Information(t, a, b);
        public static void Call3<T0, T1, T2>(Serilog.ILogger log, string t, T0 a, T1 b, T2 c) => log.Information(t, a, b, c);
        public static void Call4<T0, T1, T2, T3>(Serilog.ILogger log, string t, T0 a, T1 b, T2 c, T3 d) => ((LogKit.Logger)log).Information(t, a, b, c, d);
    }

    static string Describe(LogEvent e)
    {
        var properties = string.Join("; ", e.Properties.Select(p => $"{p.Key}={p.Value.GetType().Name}:{p.Value}"));
        var clef = new StringWriter();
        new Serilog.Formatting.Compact.CompactJsonFormatter().Format(e, clef);
        var withoutTime = clef.ToString()[(clef.ToString().IndexOf(",\"@mt\"", StringComparison.Ordinal))..];
        return $"{e.Level} | {e.MessageTemplate.Text} | {e.RenderMessage(CultureInfo.InvariantCulture)} | {properties} | {withoutTime}";
    }

    sealed class DelegatingEnricher(Action<LogEvent, ILogEventPropertyFactory> enrich) : ILogEventEnricher
    {
        public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory) => enrich(logEvent, propertyFactory);
    }
}
