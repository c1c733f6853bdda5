using System.Text.RegularExpressions;
using LogKit.Serve.Tests.Support;

namespace LogKit.Serve.Tests.Browser;

/// <summary>The page's live switch while another process writes and rotates the log.</summary>
public sealed partial class LiveTailPageTests : IDisposable
{
    readonly TempFolder _folder = TempFolder.ForCaller();

    public void Dispose() => _folder.Dispose();

    [RequiresChromiumFact]
    public async Task TheLiveSwitchFollowsAnotherProcessAcrossRotationsWithoutMissingOrRepeating()
    {
        var log = _folder.File("app.log");
        await WriterProcess.WriteAsync(log, 20, maxFileSize: 1_000_000, id: "before");
        await using var host = await ServeHost.StartAsync(log);
        await using var browser = await Chromium.LaunchAsync();
        var page = browser.Page;
        await page.NavigateAsync(new Uri(host.Address, "/?live=1"));
        await page.WaitForAsync("document.body.dataset.ready === '1' && document.querySelectorAll('#events tr').length === 20");

        // ~150-byte events rolling at 4 KB: about a dozen rotations while the page follows.
        await WriterProcess.WriteAsync(log, 300, maxFileSize: 4000, id: "live");
        await page.WaitForAsync("document.querySelectorAll('#events tr').length >= 320", TimeSpan.FromSeconds(20));
        await Task.Delay(500); // anything repeated would arrive with the next poll
        await page.WaitUntilIdleAsync();

        var messages = (await page.EvaluateAsync("[...document.querySelectorAll('#events tr td.message')].map(td => td.textContent)"))
            .EnumerateArray().Select(e => e.GetString()!).ToList();
        messages.Should().HaveCount(320);
        var live = messages.Select(m => LiveEvent().Match(m)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        live.Should().BeEquivalentTo(Enumerable.Range(0, 300), "every event once");
        live.Should().BeInDescendingOrder("new events go on top, newest first");
        Directory.GetFiles(_folder.Path, "app*.log").Length.Should().BeGreaterThan(5, "the writer rotated while the page followed");
        await page.WaitForAsync("+document.getElementById('summary').dataset.total === 320");
        page.Errors.Should().BeEmpty();
    }

    [GeneratedRegex("""^Event "live" (\d+) """)]
    private static partial Regex LiveEvent();
}
