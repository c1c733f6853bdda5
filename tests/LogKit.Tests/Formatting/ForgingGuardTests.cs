using LogKit.Formatting.Text;
using Serilog.Events;
using Serilog.Parsing;

namespace LogKit.Tests.Formatting;

public class ForgingGuardTests
{
    static LogEvent Event(string template, Exception? exception = null, params (string Name, LogEventPropertyValue Value)[] properties)
        => new(DateTimeOffset.UnixEpoch, LogEventLevel.Information, exception, new MessageTemplateParser().Parse(template),
            properties.Select(p => new LogEventProperty(p.Name, p.Value)));

    [Theory]
    [InlineData("a\nb", "a\\nb")]
    [InlineData("a\r\n[ERR] forged", "a\\r\\n[ERR] forged")]
    [InlineData("tab\there", "tab\\there")]
    [InlineData("\u001b[2J\u001b[31mred", "\\u001b[2J\\u001b[31mred")]
    [InlineData("nul\0 del\u007f c1\u0085 ls\u2028 ps\u2029", "nul\\u0000 del\\u007f c1\\u0085 ls\\u2028 ps\\u2029")]
    [InlineData("plain é 中文 😀", "plain é 中文 😀")]
    public void EscapesControlsSeparatorsAndAnsiSequences(string text, string expected)
        => ForgingGuard.Escape(text).Should().Be(expected);

    [Fact]
    public void AnEventWithNothingToEscapeIsReturnedAsItIs()
    {
        var clean = Event("User {Name} {Items}", null, ("Name", new ScalarValue("ann")), ("Items", new SequenceValue([new ScalarValue(1)])));

        ForgingGuard.Escape(clean).Should().BeSameAs(clean);
    }

    [Fact]
    public void EscapesUserDataAtAnyDepthInTheTemplateAndInKeys()
    {
        var dirty = Event("Line\none {Name} {Order} {Map}", null,
            ("Name", new ScalarValue("ann\n2026-01-01 [ERR] forged")),
            ("Order", new StructureValue([new LogEventProperty("Note", new SequenceValue([new ScalarValue("x\ry")]))])),
            ("Map", new DictionaryValue([new(new ScalarValue("k\n"), new ScalarValue('\u001b'))])));

        var escaped = ForgingGuard.Escape(dirty);

        escaped.MessageTemplate.Text.Should().Be("Line\\none {Name} {Order} {Map}");
        escaped.Properties["Name"].ToString().Should().Be("\"ann\\n2026-01-01 [ERR] forged\"");
        escaped.RenderMessage().Should().NotContainAny("\n", "\r", "\u001b");
        escaped.Properties["Order"].ToString().Should().Contain("x\\ry");
    }

    [Fact]
    public void AnExceptionMessageIsEscapedAndItsStackTraceKeepsItsLinesIndented()
    {
        Exception thrown;
        try
        {
            throw new InvalidOperationException("outer\n2026-01-01 [INF] forged", new IOException("inner\r\nforged too"));
        }
        catch (Exception ex)
        {
            thrown = ex;
        }

        var text = ForgingGuard.Escape(Event("failed", thrown)).Exception!.ToString();

        var lines = text.Split(Environment.NewLine);
        lines[0].Should().StartWith("System.InvalidOperationException: outer\\n2026-01-01 [INF] forged");
        text.Should().Contain("inner\\r\\nforged too");
        lines.Skip(1).Should().NotBeEmpty().And.OnlyContain(l => l.Length == 0 || char.IsWhiteSpace(l[0]), "every later line is indented");
        text.Should().Contain("   at ");
    }
}
