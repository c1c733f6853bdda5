using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using LogKit.Extensions.Logging;
using LogKit.Tests.Support;
using Microsoft.Extensions.Logging;
using Serilog.Extensions.Logging;
using Serilog.Formatting.Compact;

namespace LogKit.Tests.Extensions.Logging;

/// <summary>
/// The provider's native path (formatted-values states written without a Serilog LogEvent) gives the bytes the
/// general mapping gives: Serilog.Extensions.Logging over the same kind of pipeline and file sink (what the
/// provider did for every event before), and Serilog.Extensions.Logging with CompactJsonFormatter.
/// Timestamps are the only difference allowed (each logger reads its own clock).
/// </summary>
public sealed partial class NativeWriterTests
{
    public sealed class Order
    {
        public int Id { get; init; }

        public string[] Lines { get; init; } = [];
    }

    sealed class Customer
    {
        public override string ToString() => "customer 9";
    }

    [LoggerMessage(EventId = 7, Level = LogLevel.Information, Message = "User {UserId} bought {Quantity} x {Product} for {Price}")]
    static partial void UserBought(ILogger logger, int userId, int quantity, string product, decimal price);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {@Order} for {Customer} failed")]
    static partial void OrderFailed(ILogger logger, Exception exception, Order order, Customer customer);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Many {A} {B} {C} {D} {E} {F} {G}")]
    static partial void Many(ILogger logger, int a, string b, double c, bool d, Guid e, DateTime f, long? g);

    public static TheoryData<string> Cases => new(Calls.Keys);

    static readonly Dictionary<string, Action<ILogger>> Calls = new()
    {
        ["four arguments"] = l => l.LogInformation("User {UserId} bought {Quantity} x {Product} for {Price}", 42, 3, "Widget", 19.99m),
        ["LoggerMessage with an event id"] = l => UserBought(l, 42, 3, "Widget", 19.99m),
        ["LoggerMessage with @ and an exception"] = l => OrderFailed(l, new InvalidOperationException("boom"), new Order { Id = 5, Lines = ["a", "b"] }, new Customer()),
        ["@ and $ prefixes"] = l => l.LogWarning("Order {@Order} for {$Customer} and {$Count}", new Order { Id = 5, Lines = ["a"] }, new Customer(), 3),
        ["LoggerMessage with seven arguments and a null"] = l => Many(l, 1, "two", 3.5, true, new Guid("5e4c8f3a-3b0e-4d8c-9a31-0c1e7f5b2a10"), new DateTime(2026, 11, 25, 10, 0, 0, DateTimeKind.Utc), null),
        ["event id by number"] = l => l.LogInformation(new EventId(12), "Numbered {N}", 1),
        ["event id by name"] = l => l.LogInformation(new EventId(0, "Named"), "Named {N}", 1),
        ["event id beyond the cached ones"] = l => l.LogError(new EventId(90210, "Big"), "Big {N}", 1),
        ["no holes"] = l => l.LogInformation("Plain text with {{braces}}"),
        ["format and alignment"] = l => l.LogInformation("Paid {Amount:0.00} to {Name,10}", 12.5m, "ann"),
        ["positional holes"] = l => l.LogInformation("Value {0} and {1}", 5, "x"),
        ["a name MEL allows and Serilog does not"] = l => l.LogInformation("Odd {first.name} here", "ann"),
        ["a null and a collection"] = l => l.LogInformation("Got {Nothing} and {Items}", null, new[] { 1, 2, 3 }),
        ["strings that need escaping"] = l => l.LogCritical("Say \"{Text}\"", "tab\tquote\"back\\slash\u0001é"),
        ["a repeated name"] = l => l.LogInformation("{A} and {A}", 1, 2),
        ["fewer values than holes"] = l => l.Log(LogLevel.Information, 0, new[] { new KeyValuePair<string, object?>("A", 1), new("{OriginalFormat}", "{A} {B}") }, null, (_, _) => "x"),
        ["a state that is not formatted values"] = l => l.Log(LogLevel.Information, new EventId(3), new Customer(), null, (s, _) => s.ToString()!),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void WritesWhatTheGeneralMappingWrites(string name)
    {
        var call = Calls[name];
        var native = Write(pipeline => new LogKitLoggerProvider(pipeline), call);
        var general = Write(pipeline => new SerilogLoggerProvider(pipeline.Logger), call);

        native.Should().Be(general);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void WritesWhatSerilogWithCompactJsonFormatterWrites(string name)
    {
        var call = Calls[name];
        var native = Write(pipeline => new LogKitLoggerProvider(pipeline), call);

        var text = new StringWriter { NewLine = "\n" };
        using (var serilog = new Serilog.LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(new TextSink(text)).CreateLogger())
        using (var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new SerilogLoggerProvider(serilog))))
            call(factory.CreateLogger("Shop.Orders"));

        native.Should().Be(WithoutTimestamps(text.ToString()));
    }

    [Fact]
    public void KeepsTraceAndSpanIds()
    {
        using var activity = new Activity("request").SetIdFormat(ActivityIdFormat.W3C).Start();

        var native = Write(pipeline => new LogKitLoggerProvider(pipeline), l => UserBought(l, 1, 2, "x", 3m));
        var general = Write(pipeline => new SerilogLoggerProvider(pipeline.Logger), l => UserBought(l, 1, 2, "x", 3m));

        native.Should().Contain($"\"@tr\":\"{activity.TraceId}\",\"@sp\":\"{activity.SpanId}\"").And.Be(general);
    }

    [Fact]
    public void ScopesBecomeTheSameContextProperties()
    {
        static void InScope(ILogger l)
        {
            using (l.BeginScope(new Dictionary<string, object?> { ["RequestId"] = "req-1", ["@Tenant"] = new Order { Id = 3 } }))
            using (l.BeginScope("Step {Step}", 2))
                l.LogInformation("In scope {N}", 1);
        }
        var native = Write(pipeline => new LogKitLoggerProvider(pipeline), InScope);
        // The general mapping with the provider's own scopes (LogContext), as before the native path.
        var general = Write(pipeline => new ScopesFrom(new LogKitLoggerProvider(pipeline), new SerilogLoggerProvider(pipeline.Logger)), InScope);

        native.Should().Contain("\"RequestId\":\"req-1\"").And.Contain("\"Step\":2").And.Be(general);
    }

    [Fact]
    public void AStateWhoseIndexerThrowsIsStillWrittenByTheGeneralMapping()
    {
        var lines = Write(pipeline => new LogKitLoggerProvider(pipeline),
            l => l.Log(LogLevel.Information, 0, new ThrowingIndexer(), null, (_, _) => "x"));

        lines.Should().Contain("\"@mt\":\"Kept {A}\",\"A\":1");
    }

    [Fact]
    public void PerNamespaceOverridesApply()
    {
        var lines = Write(pipeline =>
        {
            pipeline.SetMinimumLevelOverrides([new("Shop", Serilog.Events.LogEventLevel.Warning)]);
            return new LogKitLoggerProvider(pipeline);
        }, l =>
        {
            UserBought(l, 1, 2, "x", 3m);
            OrderFailed(l, new InvalidOperationException("boom"), new Order(), new Customer());
        });

        lines.Should().NotContain("bought").And.Contain("failed");
    }

    /// <summary>Logs through a provider over a pipeline with a real file sink; returns the file without timestamps.</summary>
    static string Write(Func<LogPipeline, ILoggerProvider> provider, Action<ILogger> call)
    {
        using var temp = TempFolder.ForCaller();
        using (var pipeline = TestPipeline.Create())
        {
            pipeline.AddFile(temp.File("app.log"));
            using (var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(provider(pipeline))))
                call(factory.CreateLogger("Shop.Orders"));
        }
        var files = Directory.GetFiles(temp.Path, "app*.log").Order(StringComparer.Ordinal);
        return WithoutTimestamps(string.Join("", files.Select(LogFiles.ReadText)));
    }

    static string WithoutTimestamps(string clef) => Timestamp().Replace(clef, "\"@t\":\"T\"");

    [GeneratedRegex("\"@t\":\"[^\"]+\"")]
    private static partial Regex Timestamp();

    /// <summary>Formatted values that can be enumerated but not indexed.</summary>
    sealed class ThrowingIndexer : IReadOnlyList<KeyValuePair<string, object?>>
    {
        readonly KeyValuePair<string, object?>[] _items = [new("A", 1), new("{OriginalFormat}", "Kept {A}")];

        public KeyValuePair<string, object?> this[int index] => throw new InvalidOperationException("no indexing");

        public int Count => _items.Length;

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_items).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => _items.GetEnumerator();
    }

    /// <summary>Loggers whose scopes come from one provider and events from another.</summary>
    sealed class ScopesFrom(ILoggerProvider scopes, ILoggerProvider events) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Split(scopes.CreateLogger(categoryName), events.CreateLogger(categoryName));

        public void Dispose()
        {
            scopes.Dispose();
            events.Dispose();
        }

        sealed class Split(ILogger scopes, ILogger events) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull
                => scopes.BeginScope(state);

            public bool IsEnabled(LogLevel logLevel) => events.IsEnabled(logLevel);

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
                => events.Log(logLevel, eventId, state, exception, formatter);
        }
    }

    sealed class TextSink(TextWriter output) : Serilog.Core.ILogEventSink
    {
        readonly CompactJsonFormatter _formatter = new();

        public void Emit(Serilog.Events.LogEvent logEvent) => _formatter.Format(logEvent, output);
    }
}
