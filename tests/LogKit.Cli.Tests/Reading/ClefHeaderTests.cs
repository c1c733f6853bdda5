using System.Text;
using LogKit.Cli.Reading;
using LogKit.Cli.Tests.Support;
using Serilog.Events;

namespace LogKit.Cli.Tests.Reading;

public sealed class ClefHeaderTests
{
    [Theory]
    [InlineData("""{"@t":"2026-11-25T10:00:00Z","@mt":"m","User":"Ann","@l":"Error"}""", LogEventLevel.Error)]
    [InlineData("""{"@t":"2026-11-25T10:00:00Z","User":"Ann","@mt":"m","@l":"Warning"}""", LogEventLevel.Warning)]
    [InlineData("""{"User":"Ann","@t":"2026-11-25T10:00:00Z","\u0040l":"Fatal","@mt":"m"}""", LogEventLevel.Fatal)]
    [InlineData("""{"@t":"2026-11-25T10:00:00Z","@l":"Debug","@mt":"m","User":"@l"}""", LogEventLevel.Debug)]
    [InlineData("""{"@t":"2026-11-25T10:00:00Z","@mt":"m","Nested":{"@l":"Error"}}""", LogEventLevel.Information)]
    public void ReadsTheLevelTheParserReadsWhereverItIs(string line, LogEventLevel level)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        ClefHeader.TryRead(bytes, out var header).Should().BeTrue();
        header.Level.Should().Be(level);
        new ClefEventParser().TryParse(bytes, out var parsed, out _).Should().BeTrue();
        parsed!.Level.Should().Be(level);
    }

    [Fact]
    public void FindsALateTemplateAndException()
    {
        var bytes = """{"@t":"2026-11-25T10:00:00Z","User":"Ann","@mt":"Hello {User}","@x":"boom"}"""u8;
        ClefHeader.TryRead(bytes, out var header).Should().BeTrue();
        Encoding.UTF8.GetString(bytes[header.TemplateJson]).Should().Be("\"Hello {User}\"");
        header.HasException.Should().BeTrue();
    }

    [Fact]
    public void LevelAndWhereAgreeOnALateLevel()
    {
        using var folder = TempFolder.ForCaller();
        var log = folder.File("late.log");
        Clef.WriteText(log, """
            {"@t":"2026-11-25T10:00:00Z","@mt":"a {N}","N":1,"@l":"Error"}
            {"@t":"2026-11-25T10:00:01Z","@mt":"a {N}","N":2}
            {"@t":"2026-11-25T10:00:02Z","N":3,"@mt":"a {N}","@l":"Warning"}

            """);
        Tool.Run("query", log, "--level", "error", "-o", "clef").OutLines.Should().HaveCount(1);
        Tool.Run("query", log, "--where", "@l = 'Error'", "-o", "clef").OutLines.Should().HaveCount(1);
        Tool.Run("query", log, "--level", "warning", "-o", "clef").OutLines.Should().HaveCount(2);
        var stats = Tool.Run("stats", log, "--by", "level").Out;
        stats.Should().Contain("Error").And.Contain("Warning");
    }
}
