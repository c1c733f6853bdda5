using LogKit.Pipeline;
using LogKit.Tests.Support;
using Serilog.Events;
using Serilog.Parsing;

namespace LogKit.Tests.Pipeline;

public class EventSizeTests
{
    static LogEvent Event(params LogEventProperty[] properties)
        => new(DateTimeOffset.UtcNow, LogEventLevel.Information, null, new MessageTemplateParser().Parse("{A}"), properties);

    [Fact]
    public void GrowsWithTheStringsAnEventHolds()
    {
        var small = EventSize.Estimate(Event(new LogEventProperty("A", new ScalarValue("x"))));
        var large = EventSize.Estimate(Event(new LogEventProperty("A", new ScalarValue(new string('x', 1_000_000)))));

        (large - small).Should().BeInRange(2_000_000 - 2, 2_000_000, "a .NET string holds two bytes a character");
    }

    [Fact]
    public void CountsNestedSequencesStructuresAndDictionaries()
    {
        var text = new ScalarValue(new string('y', 1000));
        var nested = Event(
            new LogEventProperty("S", new SequenceValue([text, text])),
            new LogEventProperty("T", new StructureValue([new LogEventProperty("Inner", text)])),
            new LogEventProperty("D", new DictionaryValue([new KeyValuePair<ScalarValue, LogEventPropertyValue>(new ScalarValue("k"), text)])));

        EventSize.Estimate(nested).Should().BeGreaterThan(4 * 2000);
    }

    [Fact]
    public void AnExceptionWhoseMessageThrowsStillHasASize()
    {
        var logEvent = new LogEvent(DateTimeOffset.UtcNow, LogEventLevel.Error, new AwkwardException(), new MessageTemplateParser().Parse("x"), []);

        EventSize.Estimate(logEvent).Should().BePositive();
    }

    sealed class AwkwardException : Exception
    {
        public override string Message => throw new InvalidOperationException("no message");
    }
}
