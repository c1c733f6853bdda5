using System.Text.Json;
using LogKit.Cli.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace LogKit.Cli.Tests.Commands;

public sealed class QueryCommandTests : IDisposable
{
    readonly TempFolder _folder = TempFolder.ForCaller();
    readonly string _log;

    public QueryCommandTests()
    {
        // 0..99, one second apart from Clef.Start; every 10th (9, 19, ...) is an Error.
        _log = _folder.File("app.log");
        Clef.WriteFile(_folder.File("app.log"), Enumerable.Range(0, 40));
        Clef.WriteFile(_folder.File("app_001.log.gz"), Enumerable.Range(40, 30));
        Clef.WriteFile(_folder.File("app_002.log"), Enumerable.Range(70, 30));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void WhereFiltersWithSerilogExpressions()
    {
        var result = Tool.Run("query", _log, "--where", "@l = 'Error' and Number > 50", "-o", "clef");

        result.ExitCode.Should().Be(0);
        Clef.Numbers(result.Out).Should().Equal(59, 69, 79, 89, 99);
    }

    [Fact]
    public void WhereTakesFunctionsAndLike()
    {
        Clef.Numbers(Tool.Run("query", _log, "--where", "StartsWith(@mt, 'Event') and Number < 3", "-o", "clef").Out).Should().Equal(0, 1, 2);
        Clef.Numbers(Tool.Run("query", _log, "--where", "@mt like '%{Number}%' and Number = 42", "-o", "clef").Out).Should().Equal(42);
    }

    [Fact]
    public void ExceptionsMatchLikeAsText()
    {
        using var folder = TempFolder.ForCaller();
        var log = Clef.WriteText(folder.File("app.log"), Clef.Events([0]) + Clef.Event(1, extra: ",\"@x\":\"System.TimeoutException: Timeout\\n   at Db.Query()\"") + "\n" + Clef.Event(2, extra: ",\"@x\":\"System.Exception: other\"") + "\n");

        Clef.Numbers(Tool.Run("query", log, "--where", "@x like '%Timeout%'", "-o", "clef").Out).Should().Equal(1);
        Clef.Numbers(Tool.Run("query", log, "--where", "@x not like '%Timeout%'", "-o", "clef").Out).Should().Equal(2);
        Clef.Numbers(Tool.Run("query", log, "--where", "IsDefined(@x) and Number <> 2", "-o", "clef").Out).Should().Equal(1);
        Tool.Run("query", log, "--where", "@mt = '@x like'", "-o", "clef").ExitCode.Should().Be(1, "literals are not rewritten");
    }

    [Fact]
    public void LevelIsAMinimum()
    {
        Clef.Numbers(Tool.Run("query", _log, "--level", "err", "-o", "clef").Out).Should().Equal(9, 19, 29, 39, 49, 59, 69, 79, 89, 99);
        Tool.Run("query", _log, "--level", "loud").ExitCode.Should().Be(2);
    }

    [Fact]
    public void SinceAndUntilTakeIsoTimes()
    {
        var since = Clef.Start.AddSeconds(45).ToString("O");
        var until = Clef.Start.AddSeconds(48).ToString("O");

        Clef.Numbers(Tool.Run("query", _log, "--since", since, "--until", until, "-o", "clef").Out).Should().Equal(45, 46, 47);
    }

    [Fact]
    public void SinceTakesRelativeTimesFromTheClock()
    {
        // "Now" is 20 s after the last event: 25s back is event 95.
        var clock = new FakeTimeProvider(Clef.Start.AddSeconds(99 + 20));

        var result = Tool.Run(new CliOptions { TimeProvider = clock }, "query", _log, "--since", "25s", "-o", "clef");

        Clef.Numbers(result.Out).Should().Equal(94, 95, 96, 97, 98, 99);
        Tool.Run("query", _log, "--since", "yesterday-ish").ExitCode.Should().Be(2);
    }

    [Fact]
    public void FilesOutsideTheTimeRangeAreNotRead()
    {
        // app_001 is garbage; app_002 starts before the range, so all of app_001 is older: it is never read (nor reported).
        using var folder = TempFolder.ForCaller();
        Clef.WriteText(folder.File("app.log"), "{\"@t\":\"2026-11-15T10:00:00Z\",\"@mt\":\"old\",\"Number\":-1}\n");
        File.WriteAllText(folder.File("app_001.log"), "{\"@t\":\"2026-11-15T11:00:00Z\",\"@mt\":\"old\"}\nnot json\n");
        Clef.WriteText(folder.File("app_002.log"), "{\"@t\":\"2026-11-15T12:00:00Z\",\"@mt\":\"old\",\"Number\":-1}\n" + Clef.Events([5, 6]));
        Clef.WriteFile(folder.File("app_003.log"), [7]);

        var result = Tool.Run("query", folder.File("app.log"), "--since", Clef.Start.ToString("O"), "-o", "clef");

        Clef.Numbers(result.Out).Should().Equal(5, 6, 7);
        result.Error.Should().BeEmpty();
        Tool.Run("query", folder.File("app.log"), "-o", "clef").Error.Should().Contain("app_001.log:2");
    }

    [Fact]
    public void LimitStopsAfterNEvents()
    {
        Clef.Numbers(Tool.Run("query", _log, "--limit", "3", "-o", "clef").Out).Should().Equal(0, 1, 2);
        Clef.Numbers(Tool.Run("query", _log, "-n", "2", "--where", "@l = 'Error'", "-o", "clef").Out).Should().Equal(9, 19);
    }

    [Fact]
    public void ClefOutputIsTheOriginalLinesUnchanged()
    {
        var result = Tool.Run("query", _log, "--where", "Number = 42", "-o", "clef");

        result.Out.Should().Be(Clef.Event(42) + "\n");
    }

    [Fact]
    public void TextOutputRendersWithTheDefaultOrAGivenTemplate()
    {
        Tool.Run("query", _log, "--where", "Number = 19").Out.Should().Be("[2026-11-25 10:00:19.000 +00:00 ERR] Event 19\n");
        Tool.Run("query", _log, "--where", "Number = 19", "--template", "{@l:u3} {Number}\n").Out.Should().Be("ERR 19\n");
        Tool.Run("query", _log, "--template", "{@l:u3", "-n", "1").ExitCode.Should().Be(2);
        // As typed in a shell: \n and \t are two characters; a template with no newline ends each event with one.
        Tool.Run("query", _log, "--where", "Number in [9, 19]", "--template", "{Number}\\t{@l:u3}").Out.Should().Be("9\tERR\n19\tERR\n");
    }

    [Fact]
    public void TextOutputIsColouredOnlyOnATerminalWithoutNoColor()
    {
        Tool.Run(new CliOptions { OutIsTerminal = true }, "query", _log, "--where", "Number = 19").Out.Should().Contain("\u001b[");
        Tool.Run(new CliOptions { OutIsTerminal = true, NoColor = true }, "query", _log, "--where", "Number = 19").Out.Should().NotContain("\u001b[");
        Tool.Run("query", _log, "--where", "Number = 19").Out.Should().NotContain("\u001b[");
    }

    [Fact]
    public void JsonOutputIsOneRenderedObjectPerEvent()
    {
        var result = Tool.Run("query", _log, "--where", "Number in [9, 10]", "-o", "json");

        var objects = result.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        objects.Should().HaveCount(2);
        objects[0].GetProperty("@m").GetString().Should().Be("Event 9");
        objects[0].GetProperty("@l").GetString().Should().Be("Error");
        objects[0].GetProperty("@mt").GetString().Should().Be("Event {Number}");
        objects[0].GetProperty("Number").GetInt32().Should().Be(9);
        objects[1].GetProperty("@l").GetString().Should().Be("Information");
    }

    [Fact]
    public void JsonOutputKeepsTheTimestampAsWritten()
    {
        using var folder = TempFolder.ForCaller();
        var log = folder.File("offset.log");
        Clef.WriteText(log, "{\"@t\":\"2026-11-25T12:00:00.123+02:00\",\"@mt\":\"a {N}\",\"N\":1}\n{\"@t\":\"2026-11-25T10:00:01Z\",\"@mt\":\"b\"}\n");

        var objects = Tool.Run("query", log, "-o", "json").OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();

        objects.Select(o => o.GetProperty("@t").GetString()).Should().Equal("2026-11-25T12:00:00.123+02:00", "2026-11-25T10:00:01Z");
        objects[0].GetProperty("N").GetInt32().Should().Be(1);
        objects[1].GetProperty("@m").GetString().Should().Be("b");
    }

    [Fact]
    public void AMissingPathAmongSeveralIsReportedAndTheOthersAreStillRead()
    {
        using var folder = TempFolder.ForCaller();
        var missing = folder.File("gone.log");

        var result = Tool.Run("query", missing, _log, "--where", "Number = 42", "-o", "clef");

        Clef.Numbers(result.Out).Should().Equal(42);
        result.Error.Should().Contain("gone.log");
        result.ExitCode.Should().Be(2);
        Tool.Run("stats", _log, missing).ExitCode.Should().Be(2);
        Tool.Run("query", missing).ExitCode.Should().Be(2);
    }

    [Fact]
    public void ExitCodesAreZeroForMatchesOneForNoneTwoForUsageErrors()
    {
        Tool.Run("query", _log, "--where", "Number = 1").ExitCode.Should().Be(0);
        Tool.Run("query", _log, "--where", "Number = 1000").ExitCode.Should().Be(1);

        var badFilter = Tool.Run("query", _log, "--where", "Number = = 1");
        badFilter.ExitCode.Should().Be(2);
        badFilter.Error.Should().Contain("--where");

        Tool.Run("query").ExitCode.Should().Be(2);
        Tool.Run("query", _log, "--output", "xml").ExitCode.Should().Be(2);
        Tool.Run("query", _log, "--limit", "-1").ExitCode.Should().Be(2);
        Tool.Run("nonsense").ExitCode.Should().Be(2);
    }

    [Fact]
    public void ProgressIsNeverWrittenWhenStandardErrorIsRedirected()
    {
        var clock = new FakeTimeProvider(Clef.Start);
        var result = Tool.Run(new CliOptions { TimeProvider = clock, ErrorIsTerminal = false }, "query", _log, "-o", "clef");

        result.Error.Should().BeEmpty();
    }
}
