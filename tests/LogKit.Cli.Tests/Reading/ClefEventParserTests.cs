using System.Text;
using LogKit.Cli.Reading;
using LogKit.Cli.Tests.Support;
using Serilog.Events;

namespace LogKit.Cli.Tests.Reading;

public sealed class ClefEventParserTests
{
    [Fact]
    public void ReadsWhatTheFileSinkWritesAsTheCoreReaderDoes()
    {
        using var folder = TempFolder.ForCaller();
        var path = folder.File("app.log");
        using (var pipeline = new LogPipeline(new LogPipelineOptions { MinimumLevel = LogEventLevel.Verbose }))
        {
            pipeline.AddFile(path);
            var log = pipeline.Logger;
            log.Verbose("Plain {Text} {Number} {Decimal} {Double} {Flag} {Nothing}", "a \"quoted\" \\ text\n", 42L, 9.99m, 1.5e300, true, null);
            log.Information("Structure {@Order} and list {Items}", new { Id = 7, Lines = new[] { "x", "y" } }, new[] { 1, 2, 3 });
            log.Warning("Dictionary {Map}", new Dictionary<string, int> { ["a"] = 1 });
            log.Error(new InvalidOperationException("boom"), "Failed {Id}", Guid.Parse("2f1c9d34-8a9e-4b35-8f43-1c2d3e4f5a6b"));
            log.ForContext("@Odd", "at").Fatal("Braces {{literal}} and {Value:000}", 5);
        }

        var parser = new ClefEventParser();
        var lines = File.ReadAllLines(path);
        lines.Should().HaveCount(5);
        foreach (var line in lines)
        {
            parser.TryParse(Encoding.UTF8.GetBytes(line), out var parsed, out var error).Should().BeTrue(error);
            var expected = LogKit.ClefFile.Parse(line);
            parsed!.Timestamp.Should().Be(expected.Timestamp);
            parsed.Level.Should().Be(expected.Level);
            parsed.MessageTemplate.Text.Should().Be(expected.MessageTemplate.Text);
            parsed.RenderMessage().Should().Be(expected.RenderMessage());
            parsed.Exception?.ToString().Should().Be(expected.Exception?.ToString());
            parsed.Properties.Keys.Should().BeEquivalentTo(expected.Properties.Keys);
            foreach (var (name, value) in expected.Properties)
                parsed.Properties[name].ToString().Should().Be(value.ToString(), name);
        }
    }

    [Fact]
    public void TellsWhyALineIsNotAnEvent()
    {
        var parser = new ClefEventParser();

        parser.TryParse("{\"@mt\":\"x\"}"u8.ToArray(), out _, out var noTime).Should().BeFalse();
        noTime.Should().Contain("@t");
        parser.TryParse("{\"@t\":\"2026-11-25T10:00:00Z\",\"@l\":\"Loud\"}"u8.ToArray(), out _, out var badLevel).Should().BeFalse();
        badLevel.Should().Contain("level");
        parser.TryParse("[1,2]"u8.ToArray(), out _, out _).Should().BeFalse();
        parser.TryParse("{\"@t\":"u8.ToArray(), out _, out _).Should().BeFalse();
    }

    [Fact]
    public void AnEventWithOnlyARenderedMessageKeepsItAsText()
    {
        new ClefEventParser().TryParse("{\"@t\":\"2026-11-25T10:00:00Z\",\"@m\":\"Hello {not a hole}\"}"u8.ToArray(), out var e, out _).Should().BeTrue();

        e!.RenderMessage().Should().Be("Hello {not a hole}");
    }
}
