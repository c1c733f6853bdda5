using System.Globalization;
using System.Net;
using System.Text.Json;
using LogKit.Serve.Tests.Support;
using Serilog.Events;

namespace LogKit.Serve.Tests.Api;

public sealed class EventsApiTests(ServedFolderFixture fixture) : IClassFixture<ServedFolderFixture>
{
    readonly LogFolder _folder = fixture.Folder;
    readonly ServeHost _host = fixture.Host;

    static string Iso(DateTimeOffset t) => Uri.EscapeDataString(t.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));

    [Fact]
    public async Task ReturnsTheNewestEventsFirstAcrossArchivesAndTheActiveFile()
    {
        var page = await _host.GetJsonAsync("/api/events?limit=50");

        var numbers = page.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("properties").GetProperty("N").GetInt32());
        numbers.Should().Equal(_folder.NewestFirst.Take(50).Select(e => e.Number));
        page.GetProperty("next").GetString().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task EachEventCarriesItsTimestampLevelRenderedMessagePropertiesExceptionAndRawLine()
    {
        var expected = _folder.Events.Last(e => e.Level == LogEventLevel.Error);
        var page = await _host.GetJsonAsync($"/api/events?limit=1&where={Uri.EscapeDataString($"N = {expected.Number}")}");

        var e = page.GetProperty("events").EnumerateArray().Single();
        DateTimeOffset.Parse(e.GetProperty("@t").GetString()!, CultureInfo.InvariantCulture).Should().Be(expected.Timestamp);
        e.GetProperty("@l").GetString().Should().Be("Error");
        e.GetProperty("@m").GetString().Should().Be(expected.Message);
        e.GetProperty("@mt").GetString().Should().Be(expected.Template);
        e.GetProperty("@x").GetString().Should().StartWith("System.TimeoutException");
        e.GetProperty("properties").GetProperty("User").GetString().Should().Be(expected.User);
        e.GetProperty("raw").GetString().Should().Be(expected.Line);
    }

    [Fact]
    public async Task PagingWithBeforeWalksEveryMatchOnceInOrder()
    {
        const string where = "User = 'u3' or @l = 'Error'";
        var expected = _folder.NewestFirst.Where(e => e.User == "u3" || e.Level == LogEventLevel.Error).Select(e => e.Number).ToList();

        var seen = new List<int>();
        string? before = null;
        for (var pages = 0; pages < 100; pages++)
        {
            var url = $"/api/events?limit=37&where={Uri.EscapeDataString(where)}" + (before is null ? "" : "&before=" + before);
            var page = await _host.GetJsonAsync(url);
            seen.AddRange(page.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("properties").GetProperty("N").GetInt32()));
            if (page.GetProperty("next").ValueKind == JsonValueKind.Null)
                break;
            before = page.GetProperty("next").GetString();
        }

        seen.Should().Equal(expected);
    }

    [Fact]
    public async Task TimeRangeIsFromInclusiveToExclusive()
    {
        var from = LogFolder.Start.AddMinutes(7).AddSeconds(30);
        var to = LogFolder.Start.AddMinutes(41).AddSeconds(3);
        var expected = _folder.NewestFirst.Where(e => e.Timestamp >= from && e.Timestamp < to).Select(e => e.Number).ToList();

        var page = await _host.GetJsonAsync($"/api/events?limit=1000&from={Iso(from)}&to={Iso(to)}");

        page.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("properties").GetProperty("N").GetInt32()).Should().Equal(expected);
    }

    [Fact]
    public async Task LevelsNarrowTheList()
    {
        var expected = _folder.NewestFirst.Where(e => e.Level is LogEventLevel.Warning or LogEventLevel.Debug).Take(200).Select(e => e.Number);

        var page = await _host.GetJsonAsync("/api/events?limit=200&levels=Warning,Debug");

        page.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("properties").GetProperty("N").GetInt32()).Should().Equal(expected);
    }

    [Theory]
    [InlineData("where", "User = ")]
    [InlineData("where", "Nope(")]
    [InlineData("from", "yesterday-ish")]
    [InlineData("to", "12:99")]
    [InlineData("limit", "0")]
    [InlineData("limit", "100000")]
    [InlineData("levels", "Loud")]
    [InlineData("before", "abc")]
    public async Task ABadParameterIsA400NamingIt(string parameter, string value)
    {
        using var response = await _host.Client.GetAsync($"/api/events?{parameter}={Uri.EscapeDataString(value)}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        body.GetProperty("parameter").GetString().Should().Be(parameter);
        body.GetProperty("error").GetString().Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task StatusReportsTheTornAndGarbageLinesAndCountsEveryEvent()
    {
        var status = await _host.GetJsonAsync("/api/status");

        status.GetProperty("events").GetInt64().Should().Be(_folder.Events.Count);
        status.GetProperty("files").GetInt32().Should().Be(3, "the subfolder is not served");
        status.GetProperty("invalidLines").GetInt32().Should().Be(2);
        var invalid = status.GetProperty("invalid").EnumerateArray().ToList();
        invalid.Should().ContainSingle(l => l.GetProperty("kind").GetString() == "TornLine" && l.GetProperty("file").GetString() == "app20261120_001.log.gz");
        invalid.Should().ContainSingle(l => l.GetProperty("kind").GetString() == "InvalidLine" && l.GetProperty("file").GetString() == "app20261120_002.log");
        _host.Messages.ToString().Should().Contain("app20261120_001.log.gz:").And.Contain("app20261120_002.log:");
    }
}
