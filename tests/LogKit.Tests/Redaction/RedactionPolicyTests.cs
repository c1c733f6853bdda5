using LogKit.Capturing;
using LogKit.Core;
using LogKit.Redaction;
using Serilog.Events;

namespace LogKit.Tests.Redaction;

public class RedactionPolicyTests
{
    static RedactionPolicy Policy() => new(RedactionOptions.DefaultNames, redactor: null, provider: null);

    [Fact]
    public void ReturnsTheSameInstancesWhenNothingIsRedacted()
    {
        var value = new StructureValue([new LogEventProperty("Id", new ScalarValue(1)), new LogEventProperty("Tags", new SequenceValue([new ScalarValue("a")]))]);
        var dictionary = new DictionaryValue([new(new ScalarValue("Name"), new ScalarValue("ann"))]);

        Policy().Redact(value).Should().BeSameAs(value);
        Policy().Redact(dictionary).Should().BeSameAs(dictionary);
    }

    [Fact]
    public void RedactsAPropertySetOnceAndKeepsUnchangedPropertiesWithTheirFormatterCache()
    {
        var policy = Policy();
        var plain = new CapturedProperty("RequestId", "r-1", destructureObjects: false);
        var secret = new CapturedProperty("ApiKey", "k", destructureObjects: false);
        var set = PropertySet.Empty.With([plain, secret]);

        var redacted = policy.Redact(set);

        redacted.Should().NotBeSameAs(set);
        redacted.Items.Should().HaveCount(2);
        redacted.Items.Should().Contain(plain);
        redacted.Items.Single(p => p.Name == "ApiKey").Value.Should().Be(new ScalarValue("***"));
        policy.Redact(set).Should().BeSameAs(redacted, "the result is cached on the set");
        Policy().Redact(set).Should().NotBeSameAs(redacted, "another policy (options changed) works it out again");
    }

    [Fact]
    public void FailingClosedKeepsTheEventWithEveryValueReplaced()
    {
        Span<ArgValue> args = new ArgValue[2];
        ArgValue.Set(ref args[0], "ann");
        ArgValue.Set(ref args[1], 42);
        var entry = new LogEntry
        {
            Template = TemplateCache.Get("{User} {Id}"),
            Args = args,
            Bound = PropertySet.Empty.With([new CapturedProperty("Token", "t", destructureObjects: false)]),
            Context = PropertySet.Empty,
            Global = PropertySet.Empty,
            Exception = new Exception("Password=x"),
            LocalTimeZone = TimeZoneInfo.Utc,
        };

        RedactionPolicy.FailClosed(ref entry, new InvalidOperationException("bug"));

        var logEvent = entry.GetLogEvent();
        logEvent.Properties.Should().HaveCount(2).And.OnlyContain(p => p.Value.Equals(new ScalarValue(RedactionPolicy.FailureMarker)));
        logEvent.Exception!.Message.Should().NotContain("Password");
    }
}
