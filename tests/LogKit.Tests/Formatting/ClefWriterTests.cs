using System.Diagnostics;
using System.Text;
using LogKit.Core;
using LogKit.Formatting;
using LogKit.Formatting.Clef;
using LogKit.Pipeline;
using LogKit.Tests.Core;
using LogKit.Tests.Support;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace LogKit.Tests.Formatting;

/// <summary>
/// Serilog.Formatting.Compact's <c>CompactJsonFormatter</c> is the oracle: LogKit's UTF-8 CLEF
/// writer must produce the same bytes for the same event, from captured arguments (the fast path)
/// and from a materialised <see cref="LogEvent"/>.
/// </summary>
public class ClefWriterTests
{
    public static TheoryData<string, object?[]> Calls() => SerilogCompatibilityTests.Calls();

    [Theory]
    [MemberData(nameof(Calls))]
    public void WritesWhatCompactJsonFormatterWrites(string template, object?[] args)
    {
        var written = Capture(log => log.Information(template, args));

        written.FastPath.Should().Be(Oracle(written.Event));
        written.EventPath.Should().Be(Oracle(written.Event));
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public void WritesWhatCompactJsonFormatterWritesFromGenericOverloads(string template, object?[] args)
    {
        if (args.Length is 0 or > 3)
            return;
        var written = Capture(log =>
        {
            switch (args.Length)
            {
                case 1: log.Warning(template, args[0]); break;
                case 2: log.Warning(template, args[0], args[1]); break;
                default: log.Warning(template, args[0], args[1], args[2]); break;
            }
        });

        written.FastPath.Should().Be(Oracle(written.Event));
    }

    public static TheoryData<string> AwkwardStrings() => new()
    {
        "plain",
        "quote \" backslash \\ slash /",
        "controls \0 \u0001 \u0008 \t \n \r \f \u001b \u001f end",
        "unicode é 中文 😀 \u2028 \u2029",
        "lone high \ud800 and lone low \udc00 and a pair \ud83d\ude00",
        "@starts with at",
        new string('x', 100_000),
    };

    [Theory]
    [MemberData(nameof(AwkwardStrings))]
    public void EscapesStringsAndNamesAsSerilogDoes(string value)
    {
        var written = Capture(log =>
        {
            using (LogContext.Push("@Context " + value[..Math.Min(10, value.Length)], value))
                log.ForContext("Bound\n" + value[..Math.Min(5, value.Length)], value).Information(value + " {Value}", value);
        });

        written.FastPath.Should().Be(Oracle(written.Event));
    }

    [Fact]
    public void WritesLevelsExceptionsAndTraceIdsAsSerilogDoes()
    {
        using var activity = new Activity("test").SetIdFormat(ActivityIdFormat.W3C).Start();
        var exception = CaughtException();

        foreach (var level in Enum.GetValues<LogEventLevel>())
        {
            var written = Capture(log => log.Write(level, exception, "At {Level}", level));
            written.FastPath.Should().Be(Oracle(written.Event));
            written.FastPath.Should().Contain("\"@tr\":\"" + activity.TraceId.ToHexString() + "\"");
        }
    }

    [Fact]
    public void AnExceptionWhoseToStringThrowsIsStillWritten()
    {
        var written = Capture(log => log.Error(new BadException(), "failed"));

        written.FastPath.Should().Contain("\"@x\":\"").And.Contain("ToString() threw");
    }

    [Fact]
    public void WritesEventsWrittenThroughILoggerWriteAsSerilogDoes()
    {
        var source = new LogEvent(DateTimeOffset.Now, LogEventLevel.Error, new InvalidOperationException("x"),
            new Serilog.Parsing.MessageTemplateParser().Parse("Hello {Name:l} {Count,5}"),
            [new LogEventProperty("Name", new ScalarValue("world")), new LogEventProperty("Count", new ScalarValue(3))]);

        var written = Capture(log => log.Write(source));

        written.EventPath.Should().Be(Oracle(source));
    }

    static string Oracle(LogEvent logEvent)
    {
        var text = new StringWriter();
        new CompactJsonFormatter().Format(logEvent, text);
        // Through UTF-8, as a file would hold it (lone surrogates become U+FFFD).
        return Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text.ToString()));
    }

    static Exception CaughtException()
    {
        try
        {
            throw new InvalidOperationException("with a \"stack\"\ntrace");
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    sealed class BadException : Exception
    {
        public override string ToString() => throw new InvalidOperationException();
    }

    record Written(string FastPath, string EventPath, LogEvent Event);

    static Written Capture(Action<Serilog.ILogger> write)
    {
        using var pipeline = TestPipeline.Create();
        var sink = new ClefCapturingSink();
        pipeline.Attach(sink, new SinkOptions(), "clef");
        write(pipeline.Logger);
        return new Written(sink.FastPath!, sink.EventPath!, sink.Event!);
    }

    /// <summary>Writes each entry both ways: first from the entry as it arrives, then from its materialised event.</summary>
    sealed class ClefCapturingSink : PipelineSink
    {
        public string? FastPath { get; private set; }
        public string? EventPath { get; private set; }
        public LogEvent? Event { get; private set; }

        public override void Emit(ref LogEntry entry)
        {
            var buffer = new Utf8Buffer();
            ClefWriter.Write(buffer, ref entry);
            FastPath = Encoding.UTF8.GetString(buffer.WrittenSpan);
            Event = entry.GetLogEvent();
            buffer.Clear();
            ClefWriter.Write(buffer, Event);
            EventPath = Encoding.UTF8.GetString(buffer.WrittenSpan);
        }

        public override void Close()
        {
        }
    }
}
