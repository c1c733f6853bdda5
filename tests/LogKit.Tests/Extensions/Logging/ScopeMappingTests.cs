using System.Text.RegularExpressions;
using LogKit.Tests.Support;
using Microsoft.Extensions.Logging;
using Serilog.Events;

namespace LogKit.Tests.Extensions.Logging;

/// <summary><c>BeginScope</c> states of every shape, mapped onto <see cref="LogContext"/>.</summary>
public partial class ScopeMappingTests
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

    [Fact]
    public void ScopesOfEveryShapeGiveTheseContextPropertiesInnermostFirst()
    {
        // The file's exact bytes: names, values, the Scope list, which of two equal names wins, the order
        // (innermost scope first, each scope's entries in its own order). Recorded from the mapping that built
        // Serilog properties and pushed them as a list; the lean mapping must not change a byte.
        using var temp = TempFolder.ForCaller();
        using (var pipeline = TestPipeline.Create())
        {
            pipeline.AddFile(temp.File("app.log"));
            using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddLogKit(pipeline));
            var l = factory.CreateLogger("Shop.Orders");

            using (l.BeginScope(new Dictionary<string, object?> { ["RequestId"] = "req-1", ["@Tenant"] = new { Id = 3 }, ["$Str"] = new[] { 1, 2 } }))
            using (l.BeginScope("Step {Step}", 2))
            using (l.BeginScope("plain"))
            using (l.BeginScope(("Tup", 5)))
            using (l.BeginScope(42))
            using (l.BeginScope(new[] { new KeyValuePair<string, object?>("Arr", 1), new("Arr", 2), new("@", 3), new("", 4), new(null!, 5), new("Nul", null) }))
            using (l.BeginScope(Pairs()))
            using (l.BeginScope(new Dictionary<string, object> { ["RequestId"] = "req-2", ["{OriginalFormat}"] = 7 }))
            using (l.BeginScope(new List<KeyValuePair<string, object?>> { new("Listed", 1.5), new("{OriginalFormat}", "Listed {Listed}") }))
            using (l.BeginScope(new SortedDictionary<string, object?> { ["Sorted"] = 'c' }))
                l.LogInformation("In scope {N}", 1);
            l.LogInformation("Outside");
        }

        var lines = LogFiles.ReadLines(temp.File("app.log")).Select(line => Timestamp().Replace(line, "T")).ToArray();
        lines.Should().Equal(
            "{\"@t\":\"T\",\"@mt\":\"In scope {N}\",\"N\":1,\"SourceContext\":\"Shop.Orders\",\"Sorted\":\"c\",\"Listed\":1.5," +
            $"\"Scope\":[\"Step 2\",\"plain\",42,\"{Pairs().GetType().FullName}\"," +   // the iterator's name is the compiler's
            "\"System.Collections.Generic.List`1[System.Collections.Generic.KeyValuePair`2[System.String,System.Object]]\"]," +
            "\"RequestId\":\"req-2\",\"{OriginalFormat}\":7,\"Yielded\":true,\"Arr\":1,\"@@\":3,\"Nul\":null,\"Tup\":5,\"Step\":2," +
            "\"Tenant\":{\"Id\":3},\"Str\":\"System.Int32[]\"}",
            "{\"@t\":\"T\",\"@mt\":\"Outside\",\"SourceContext\":\"Shop.Orders\"}");
    }

    static IEnumerable<KeyValuePair<string, object?>> Pairs()
    {
        yield return new("Yielded", true);
        yield return new("{OriginalFormat}", "Yielded {Yielded}");
    }

    [Fact]
    public void ADictionaryScopeKeepsAnOriginalFormatEntryAsAPropertyAsSerilogExtensionsLoggingDoes()
    {
        // Serilog.Extensions.Logging reads a Dictionary<string, object> entry by entry, every key a property;
        // only other key-value states (MEL's formatted values) take "{OriginalFormat}" as the scope's template.
        var state = new Dictionary<string, object?> { ["{OriginalFormat}"] = "Order {OrderId}", ["OrderId"] = 5 };

        var logKit = new CollectingSink();
        using (var pipeline = TestPipeline.Create())
        {
            pipeline.AddSink(logKit);
            using var factory = LoggerFactory.Create(b => b.AddLogKit(pipeline));
            var l = factory.CreateLogger("x");
            using (l.BeginScope(state))
                l.LogInformation("inside");
        }

        var oracle = new CollectingSink();
        using (var serilog = new Serilog.LoggerConfiguration().WriteTo.Sink(oracle).CreateLogger())
        using (var factory = LoggerFactory.Create(b => b.AddProvider(new Serilog.Extensions.Logging.SerilogLoggerProvider(serilog))))
        {
            var l = factory.CreateLogger("x");
            using (l.BeginScope(state))
                l.LogInformation("inside");
        }

        static string Describe(LogEvent e) => string.Join("; ", e.Properties.Where(p => p.Key != "SourceContext").OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value));
        Describe(logKit.SingleEvent).Should().Be("OrderId=5; {OriginalFormat}=\"Order {OrderId}\"")
            .And.Be(Describe(oracle.SingleEvent));
    }

    [Fact]
    public void AListScopeWhoseIndexerThrowsIsReadByEnumerationAsBefore()
    {
        // The scope mapping reads lists by index to save the enumerator; a list type whose indexer does not work
        // (its enumerator does, and that is all Serilog.Extensions.Logging uses) must not lose the whole scope.
        using var pipeline = TestPipeline.Create();
        var sink = new CollectingSink();
        pipeline.AddSink(sink);
        using var factory = LoggerFactory.Create(b => b.AddLogKit(pipeline));
        var logger = factory.CreateLogger("x");

        using (logger.BeginScope(new EnumerableOnlyList()))
            logger.LogInformation("inside");

        sink.SingleEvent.Properties["OrderId"].Should().Be(new ScalarValue(42));
        sink.SingleEvent.Properties["Scope"].ToString().Should().Be("[\"Order 42\"]");
    }

    sealed class EnumerableOnlyList : IReadOnlyList<KeyValuePair<string, object?>>
    {
        readonly KeyValuePair<string, object?>[] _items = [new("OrderId", 42), new("{OriginalFormat}", "Order {OrderId}")];

        public KeyValuePair<string, object?> this[int index] => throw new NotSupportedException("enumerate me");

        public int Count => _items.Length;

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_items).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => "Order 42";
    }

    [GeneratedRegex("(?<=\"@t\":\")[^\"]+")]
    private static partial Regex Timestamp();
}
