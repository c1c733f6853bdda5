using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using LogKit.Serve.Tests.Support;

namespace LogKit.Serve.Tests.Api;

public sealed class TailApiTests : IDisposable
{
    readonly TempFolder _folder = TempFolder.ForCaller();

    public void Dispose() => _folder.Dispose();

    static string Line(int n) => LogFolder.Make(n, LogFolder.Start.AddSeconds(n)).Line + "\n";

    [Fact]
    public async Task FollowsAppendsAndAStableActiveRotationAndArchivingWithoutRepeatsOrGaps()
    {
        var active = _folder.File("app.log");
        await File.WriteAllTextAsync(active, Line(0) + Line(1) + Line(2));
        await using var host = await ServeHost.StartAsync(active);
        using var tail = await SseReader.OpenAsync(host.Client, "/api/tail?where=" + Uri.EscapeDataString("N >= 0"));

        await File.AppendAllTextAsync(active, Line(3) + Line(4));
        (await tail.ReadEventsAsync(2)).Should().Equal(3, 4);

        // Stable-active rotation: the active file is renamed, a new one takes its name.
        File.Move(active, _folder.File("app.1.log"));
        await File.WriteAllTextAsync(active, Line(5) + Line(6));
        (await tail.ReadEventsAsync(2)).Should().Equal(5, 6);

        // The rolled file is archived: the same bytes, so nothing is new.
        await using (var gz = new GZipStream(File.Create(_folder.File("app.1.log.gz")), CompressionLevel.Fastest))
            await gz.WriteAsync(await File.ReadAllBytesAsync(_folder.File("app.1.log")));
        File.Delete(_folder.File("app.1.log"));
        await File.AppendAllTextAsync(active, Line(7));
        (await tail.ReadEventsAsync(1)).Should().Equal(7);

        var page = await host.GetJsonAsync("/api/events?limit=100");
        page.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("properties").GetProperty("N").GetInt32()).Should().Equal(7, 6, 5, 4, 3, 2, 1, 0);
        (await host.GetJsonAsync("/api/status")).GetProperty("events").GetInt64().Should().Be(8);
    }

    [Fact]
    public async Task SendsOnlyTheEventsTheFilterAndLevelsMatch()
    {
        var active = _folder.File("app.log");
        await File.WriteAllTextAsync(active, Line(0));
        await using var host = await ServeHost.StartAsync(active);
        using var tail = await SseReader.OpenAsync(host.Client, "/api/tail?levels=Warning,Error&where=" + Uri.EscapeDataString("N < 100"));

        await File.AppendAllTextAsync(active, string.Concat(Enumerable.Range(1, 120).Select(Line)));

        // Warnings are the multiples of 10, errors of 50, below 100.
        (await tail.ReadEventsAsync(9)).Should().Equal(10, 20, 30, 40, 50, 60, 70, 80, 90);
    }

    [Fact]
    public async Task AFileRewrittenShorterIsReadAgain()
    {
        var active = _folder.File("app.log");
        await File.WriteAllTextAsync(active, Line(0) + Line(1) + Line(2) + Line(3));
        await using var host = await ServeHost.StartAsync(active);
        (await host.GetJsonAsync("/api/status")).GetProperty("events").GetInt64().Should().Be(4);

        await File.WriteAllTextAsync(active, Line(10));
        await Task.Delay(300);

        var page = await host.GetJsonAsync("/api/events");
        page.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("properties").GetProperty("N").GetInt32()).Should().Equal(10);
    }
}
