using LogKit.Serve.Tests.Support;
using Serilog.Events;

namespace LogKit.Serve.Tests.Api;

public sealed class TemplatesApiTests(ServedFolderFixture fixture) : IClassFixture<ServedFolderFixture>
{
    readonly LogFolder _folder = fixture.Folder;
    readonly ServeHost _host = fixture.Host;

    [Fact]
    public async Task CountsEachTemplateMostFrequentFirst()
    {
        var expected = _folder.Events.GroupBy(e => e.Template).Select(g => (g.Key, (long)g.Count())).OrderByDescending(t => t.Item2).ToList();

        var result = await _host.GetJsonAsync("/api/templates");

        result.GetProperty("templates").EnumerateArray().Select(t => (t.GetProperty("template").GetString()!, t.GetProperty("count").GetInt64()))
            .Should().Equal(expected);
    }

    [Fact]
    public async Task CountsFollowTheFilterTimeRangeAndLevels()
    {
        var from = LogFolder.Start.AddMinutes(12).AddSeconds(1);
        var to = LogFolder.Start.AddMinutes(50).AddSeconds(7);
        var expected = _folder.Events
            .Where(e => e.Timestamp >= from && e.Timestamp < to && e.User != "u0" && e.Level != LogEventLevel.Information)
            .GroupBy(e => e.Template).ToDictionary(g => g.Key, g => (long)g.Count());

        var result = await _host.GetJsonAsync($"/api/templates?where={Uri.EscapeDataString("User <> 'u0'")}&from={from.UtcDateTime:O}&to={to.UtcDateTime:O}&levels=Debug,Warning,Error,Fatal,Verbose");

        result.GetProperty("templates").EnumerateArray().ToDictionary(t => t.GetProperty("template").GetString()!, t => t.GetProperty("count").GetInt64())
            .Should().BeEquivalentTo(expected);
    }

    [Fact]
    public async Task TopLimitsTheList()
    {
        var result = await _host.GetJsonAsync("/api/templates?top=1");

        result.GetProperty("templates").GetArrayLength().Should().Be(1);
    }
}
