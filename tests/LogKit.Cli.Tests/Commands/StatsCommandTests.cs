using LogKit.Cli.Reading;
using LogKit.Cli.Tests.Support;
using Serilog.Events;

namespace LogKit.Cli.Tests.Commands;

public sealed class StatsCommandTests : IDisposable
{
    readonly TempFolder _folder = TempFolder.ForCaller();
    readonly string _log;

    public StatsCommandTests()
    {
        _log = _folder.File("app.log");
        // 0..119, one second apart; every 10th an Error; two templates; a source on half of them.
        var lines = Enumerable.Range(0, 120).Select(i => i % 3 == 0
            ? Clef.Event(i, extra: ",\"SourceContext\":\"MyApp.Db\"").Replace("Event {Number}", "Query {Number} slow", StringComparison.Ordinal)
            : Clef.Event(i, extra: i % 2 == 0 ? ",\"SourceContext\":\"MyApp.Web\"" : ""));
        Clef.WriteText(_folder.File("app.log"), string.Concat(lines.Take(60).Select(l => l + "\n")));
        Clef.WriteText(_folder.File("app_001.log.gz"), string.Concat(lines.Skip(60).Select(l => l + "\n")));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void CountsLevelsTemplatesBucketsAndErrors()
    {
        var reader = new ClefReader(ReadProblemReporter.Ignore());
        var stats = LogStatsCollector.Compute(LogPathResolver.Resolve([_log]), reader);

        stats.Events.Should().Be(120);
        stats.Files.Should().Be(2);
        stats.ByLevel[LogEventLevel.Error].Should().Be(12);
        stats.ByLevel[LogEventLevel.Information].Should().Be(108);
        stats.First.Should().Be(Clef.Start);
        stats.Last.Should().Be(Clef.Start.AddSeconds(119));
        stats.Templates.Select(t => (t.Template, t.Count)).Should().Equal(("Event {Number}", 80L), ("Query {Number} slow", 40L));
        stats.Templates[0].Share.Should().BeApproximately(80 / 120.0, 1e-9);
        stats.Templates[0].Example.Should().Be("Event 1");
        stats.BucketSize.Should().Be(TimeSpan.FromMinutes(1));
        stats.Buckets.Select(b => b.Total).Should().Equal(60, 60);
        stats.Buckets.Select(b => b.Errors).Should().Equal(6, 6);
        stats.Errors.Select(e => e.LineNumber).Should().StartWith([10, 20]);
        stats.Errors[0].Message.Should().Be("Query 9 slow");
    }

    [Fact]
    public void PrintsASummaryByDefault()
    {
        var result = Tool.Run("stats", _log);

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("files: 2").And.Contain("events: 120")
            .And.Contain("first: 2026-11-25 10:00:00.000 +00:00").And.Contain("last: 2026-11-25 10:01:59.000 +00:00");
        result.OutLines.Should().Contain(l => l.StartsWith("Error ", StringComparison.Ordinal) && l.Contains("12") && l.Contains("10.0 %"));
        result.OutLines.Should().Contain(l => l.Contains("80") && l.Contains("66.7 %") && l.Contains("Event {Number}") && l.Contains("(Event 1)"));
        result.Out.Should().Contain("2 of 2 buckets had errors");
    }

    [Fact]
    public void CountsATemplateTogetherHoweverItIsEscaped()
    {
        using var folder = TempFolder.ForCaller();
        var log = folder.File("escaped.log");
        Clef.WriteText(log, """
            {"@t":"2026-11-25T10:00:00Z","@mt":"Café {N}","N":1}
            {"@t":"2026-11-25T10:00:01Z","@mt":"Caf\u00e9 {N}","N":2}
            {"@t":"2026-11-25T10:00:02Z","@mt":"Caf\u00E9 \u007bN}","N":3}

            """);

        var result = Tool.Run("stats", log);

        result.OutLines.Where(l => l.Contains("Café {N}", StringComparison.Ordinal)).Should().ContainSingle()
            .Which.Should().Contain("3");
    }

    [Fact]
    public void ByPrintsOneTable()
    {
        Tool.Run("stats", _log, "--by", "source").OutLines.Should().Equal("   events  source", "       40  MyApp.Db", "       40  MyApp.Web");
        Tool.Run("stats", _log, "--by", "minute").OutLines.Should().Equal("bucket (UTC, 0:01:00)   events   errors", "2026-11-25 10:00          60        6", "2026-11-25 10:01          60        6");
        Tool.Run("stats", _log, "--by", "hour").OutLines.Should().HaveCount(2);
        Tool.Run("stats", _log, "--by", "level").OutLines.Should().HaveCount(3);
        Tool.Run("stats", _log, "--by", "template", "--top", "1").OutLines.Should().HaveCount(3).And.Contain(l => l.Contains("Event {Number}"));
        Tool.Run("stats", _log, "--by", "colour").ExitCode.Should().Be(2);
        Tool.Run("stats", _log, "--top", "0").ExitCode.Should().Be(2);
    }

    [Fact]
    public void WhereNarrowsWhatIsCounted()
    {
        var result = Tool.Run("stats", _log, "--where", "StartsWith(SourceContext, 'MyApp.Db')", "--by", "level");

        result.OutLines.Should().HaveCount(3);
        result.OutLines[1].Should().StartWith("Error").And.Contain("4");
        Tool.Run("stats", _log, "--where", "Number > 1000").ExitCode.Should().Be(1);
    }
}
