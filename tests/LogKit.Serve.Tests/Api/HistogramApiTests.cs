using System.Globalization;
using System.Text.Json;
using LogKit.Serve.Tests.Support;
using Serilog.Events;

namespace LogKit.Serve.Tests.Api;

public sealed class HistogramApiTests(ServedFolderFixture fixture) : IClassFixture<ServedFolderFixture>
{
    readonly LogFolder _folder = fixture.Folder;
    readonly ServeHost _host = fixture.Host;

    static readonly string[] LevelNames = ["Verbose", "Debug", "Information", "Warning", "Error", "Fatal"];

    [Theory]
    [InlineData("", null, null)]
    [InlineData("User = 'u2'", null, null)]
    [InlineData("", "2026-11-20T10:07:31Z", "2026-11-20T10:41:02Z")]     // cuts through minutes: edges re-read
    [InlineData("N % 4 = 1", "2026-11-20T10:10:00Z", "2026-11-20T10:20:00Z")] // short range: second-wide buckets
    public async Task BucketsSumToTheMatchCountPerLevel(string where, string? from, string? to)
    {
        var f = from is null ? DateTimeOffset.MinValue : DateTimeOffset.Parse(from, CultureInfo.InvariantCulture);
        var t = to is null ? DateTimeOffset.MaxValue : DateTimeOffset.Parse(to, CultureInfo.InvariantCulture);
        var matching = _folder.Events.Where(e => e.Timestamp >= f && e.Timestamp < t && Matches(where, e)).ToList();

        var url = $"/api/histogram?where={Uri.EscapeDataString(where)}" + (from is null ? "" : $"&from={from}&to={to}");
        var histogram = await _host.GetJsonAsync(url);

        var buckets = histogram.GetProperty("buckets").EnumerateArray().ToList();
        buckets.Count.Should().BeInRange(1, 120);
        var perLevel = new long[6];
        foreach (var bucket in buckets)
        {
            var counts = bucket.GetProperty("counts").EnumerateArray().Select(c => c.GetInt64()).ToList();
            for (var level = 0; level < 6; level++)
                perLevel[level] += counts[level];
        }
        histogram.GetProperty("total").GetInt64().Should().Be(matching.Count);
        perLevel.Sum().Should().Be(matching.Count);
        for (var level = 0; level < 6; level++)
        {
            var expected = matching.Count(e => (int)e.Level == level);
            perLevel[level].Should().Be(expected, LevelNames[level]);
            histogram.GetProperty("levels").GetProperty(LevelNames[level]).GetInt64().Should().Be(expected);
        }
    }

    [Fact]
    public async Task EachEventLandsInTheBucketHoldingItsTimestamp()
    {
        var histogram = await _host.GetJsonAsync("/api/histogram?from=2026-11-20T10:00:00Z&to=2026-11-20T10:02:00Z");

        histogram.GetProperty("bucketSeconds").GetInt32().Should().Be(1);
        foreach (var bucket in histogram.GetProperty("buckets").EnumerateArray())
        {
            var start = DateTimeOffset.Parse(bucket.GetProperty("t").GetString()!, CultureInfo.InvariantCulture);
            var expected = _folder.Events.Count(e => e.Timestamp >= start && e.Timestamp < start.AddSeconds(1));
            bucket.GetProperty("counts").EnumerateArray().Sum(c => c.GetInt64()).Should().Be(expected, $"bucket {start:O}");
        }
    }

    [Fact]
    public async Task LevelsHideBarsButTheLevelTotalsStillCountEveryLevel()
    {
        var histogram = await _host.GetJsonAsync("/api/histogram?levels=Error");

        var errors = _folder.Events.Count(e => e.Level == LogEventLevel.Error);
        histogram.GetProperty("total").GetInt64().Should().Be(errors);
        histogram.GetProperty("buckets").EnumerateArray().Sum(b => b.GetProperty("counts").EnumerateArray().Sum(c => c.GetInt64())).Should().Be(errors);
        histogram.GetProperty("levels").GetProperty("Information").GetInt64().Should().Be(_folder.Events.Count(e => e.Level == LogEventLevel.Information));
    }

    [Fact]
    public async Task TheHistogramAgreesWithPagingThroughTheSameFilter()
    {
        const string where = "@l = 'Warning' and User <> 'u1'";
        var histogram = await _host.GetJsonAsync($"/api/histogram?where={Uri.EscapeDataString(where)}");
        var page = await _host.GetJsonAsync($"/api/events?limit=1000&where={Uri.EscapeDataString(where)}");

        page.GetProperty("events").GetArrayLength().Should().Be((int)histogram.GetProperty("total").GetInt64());
        page.GetProperty("next").ValueKind.Should().Be(JsonValueKind.Null);
    }

    static bool Matches(string where, SampleEvent e) => where switch
    {
        "" => true,
        "User = 'u2'" => e.User == "u2",
        "N % 4 = 1" => e.Number % 4 == 1,
        _ => throw new ArgumentException(where),
    };
}
