using System.Diagnostics;
using System.Text;
using System.Text.Json;
using LogKit.Elasticsearch.Configuration;
using LogKit.Elasticsearch.Documents;
using LogKit.Elasticsearch.Tests.Support;
using Serilog.Events;
using Serilog.Parsing;

namespace LogKit.Elasticsearch.Tests.Documents;

public class EcsDocumentWriterTests
{
    static readonly DataStreamName Stream = DataStreamName.Parse("logs-shop-prod", "DataStream");

    static (JsonElement Action, JsonElement Document, string Text) Write(LogEvent logEvent, string id = "id-1")
    {
        using var output = new PooledBufferWriter(16);
        new EcsDocumentWriter("shop", Stream).Write(logEvent, id, output);
        var text = Encoding.UTF8.GetString(output.WrittenSpan);
        var lines = text.Split('\n');
        return (JsonDocument.Parse(lines[0]).RootElement, JsonDocument.Parse(lines[1]).RootElement, text);
    }

    [Fact]
    public void WritesACreateActionWithTheIdThenTheDocumentEachEndingWithANewline()
    {
        var (action, _, text) = Write(Some.Event(1), "abc");

        action.GetProperty("create").GetProperty("_id").GetString().Should().Be("abc");
        text.Count(c => c == '\n').Should().Be(2);
        text.Should().EndWith("\n");
    }

    [Fact]
    public void MapsTheEventToEcsFields()
    {
        var time = new DateTimeOffset(2026, 11, 25, 22, 18, 7, TimeSpan.FromHours(2)).AddTicks(1234567);
        var exception = CaughtException();
        var trace = ActivityTraceId.CreateRandom();
        var span = ActivitySpanId.CreateRandom();
        var logEvent = new LogEvent(time, LogEventLevel.Error, exception, new MessageTemplateParser().Parse("Order {OrderId} failed"),
            [new LogEventProperty("OrderId", new ScalarValue(42)), new LogEventProperty("SourceContext", new ScalarValue("Shop.Orders")), new LogEventProperty("ThreadId", new ScalarValue(7))],
            trace, span);

        var (_, doc, _) = Write(logEvent);

        doc.GetProperty("@timestamp").GetString().Should().Be("2026-11-25T20:18:07.1234567Z");
        doc.GetProperty("message").GetString().Should().Be("Order 42 failed");
        doc.GetProperty("log").GetProperty("level").GetString().Should().Be("error");
        doc.GetProperty("log").GetProperty("logger").GetString().Should().Be("Shop.Orders");
        doc.GetProperty("ecs").GetProperty("version").GetString().Should().Be("8.11.0");
        doc.GetProperty("error").GetProperty("type").GetString().Should().Be("System.InvalidOperationException");
        doc.GetProperty("error").GetProperty("message").GetString().Should().Be("boom");
        doc.GetProperty("error").GetProperty("stack_trace").GetString().Should().Contain(nameof(CaughtException));
        doc.GetProperty("trace").GetProperty("id").GetString().Should().Be(trace.ToHexString());
        doc.GetProperty("span").GetProperty("id").GetString().Should().Be(span.ToHexString());
        doc.GetProperty("service").GetProperty("name").GetString().Should().Be("shop");
        doc.GetProperty("host").GetProperty("name").GetString().Should().Be(Environment.MachineName);
        doc.GetProperty("process").GetProperty("pid").GetInt32().Should().Be(Environment.ProcessId);
        doc.GetProperty("process").GetProperty("thread").GetProperty("id").GetInt32().Should().Be(7);
        doc.GetProperty("event").GetProperty("dataset").GetString().Should().Be("shop");
        doc.GetProperty("data_stream").GetProperty("namespace").GetString().Should().Be("prod");
        doc.GetProperty("logkit").GetProperty("template").GetString().Should().Be("Order {OrderId} failed");
        doc.GetProperty("logkit").GetProperty("template_hash").GetString().Should().Be(TemplateHash.ToHex("Order {OrderId} failed"));
        var properties = doc.GetProperty("logkit").GetProperty("properties");
        properties.GetProperty("OrderId").GetInt32().Should().Be(42);
        properties.TryGetProperty("SourceContext", out _).Should().BeFalse("it is log.logger");
        properties.TryGetProperty("ThreadId", out _).Should().BeFalse("it is process.thread.id");
    }

    [Fact]
    public void PropertiesKeepTheirJsonTypes()
    {
        var logEvent = Some.Event("Mixed",
            ("Int", 1), ("Long", 5_000_000_000L), ("Double", 1.5), ("Decimal", 2.25m), ("Bool", true), ("Null", null), ("Text", "a\"b\n"),
            ("NaN", double.NaN), ("Time", new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc)),
            ("List", new SequenceValue([new ScalarValue(1), new ScalarValue("x")])),
            ("Shape", new StructureValue([new LogEventProperty("Width", new ScalarValue(3)), new LogEventProperty("Ok", new ScalarValue(false))])),
            ("Map", new DictionaryValue([new KeyValuePair<ScalarValue, LogEventPropertyValue>(new ScalarValue("k"), new ScalarValue(9))])));

        var properties = Write(logEvent).Document.GetProperty("logkit").GetProperty("properties");

        properties.GetProperty("Int").ValueKind.Should().Be(JsonValueKind.Number);
        properties.GetProperty("Long").GetInt64().Should().Be(5_000_000_000L);
        properties.GetProperty("Double").GetDouble().Should().Be(1.5);
        properties.GetProperty("Decimal").GetDecimal().Should().Be(2.25m);
        properties.GetProperty("Bool").ValueKind.Should().Be(JsonValueKind.True);
        properties.GetProperty("Null").ValueKind.Should().Be(JsonValueKind.Null);
        properties.GetProperty("Text").GetString().Should().Be("a\"b\n");
        properties.GetProperty("NaN").GetString().Should().Be("NaN");
        properties.GetProperty("Time").GetString().Should().Be("2026-01-02T03:04:05Z");
        properties.GetProperty("List")[0].GetInt32().Should().Be(1);
        properties.GetProperty("List")[1].GetString().Should().Be("x");
        properties.GetProperty("Shape").GetProperty("Width").GetInt32().Should().Be(3);
        properties.GetProperty("Shape").GetProperty("Ok").ValueKind.Should().Be(JsonValueKind.False);
        properties.GetProperty("Map").GetProperty("k").GetInt32().Should().Be(9);
    }

    [Fact]
    public void ANewlineInsideAValueNeverBreaksTheNdjsonFraming()
    {
        var (_, _, text) = Write(Some.Event("Line {A}", ("A", "one\ntwo\r\nthree")));

        text.Split('\n').Should().HaveCount(3, "two lines and the empty rest after the final newline");
    }

    [Fact]
    public void TheTemplateHashIsStableAndDiffersByTemplate()
    {
        TemplateHash.ToHex("Order {OrderId} failed").Should().Be(TemplateHash.ToHex("Order {OrderId} failed"));
        TemplateHash.ToHex("Order {OrderId} failed").Should().NotBe(TemplateHash.ToHex("Order {OrderId} shipped"));
        // Jenkins one-at-a-time of "a" (a published test vector of the function).
        TemplateHash.Compute("a").Should().Be(0xca2e9442u);
    }

    static Exception CaughtException()
    {
        try
        {
            throw new InvalidOperationException("boom");
        }
        catch (InvalidOperationException e)
        {
            return e;
        }
    }
}
