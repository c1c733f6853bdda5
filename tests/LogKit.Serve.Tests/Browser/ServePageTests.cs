using System.Text.Json;
using LogKit.Serve.Tests.Support;
using Serilog.Events;

namespace LogKit.Serve.Tests.Browser;

/// <summary>The page in a real Chromium: searching, counts, the event detail, zooming, level toggles and escaping.</summary>
public sealed class ServePageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    readonly LogFolder _folder = fixture.Folder;
    readonly ServeHost _host = fixture.Host;

    async Task<CdpPage> OpenAsync(string query = "")
    {
        var browser = await fixture.BrowserAsync();
        var page = browser.Page;
        while (page.Errors.TryDequeue(out _))
        {
        }
        await page.NavigateAsync(new Uri(_host.Address, "/" + query));
        await page.WaitForAsync("document.body && document.body.dataset.ready === '1' && document.getElementById('summary').dataset.total !== undefined");
        return page;
    }

    static async Task<long> NumberAsync(CdpPage page, string expression) => (await page.EvaluateAsync(expression)).GetInt64();

    static async Task<List<string>> RowMessagesAsync(CdpPage page)
        => (await page.EvaluateAsync("[...document.querySelectorAll('#events tr td.message')].map(td => td.textContent)"))
            .EnumerateArray().Select(e => e.GetString()!).ToList();

    [RequiresChromiumFact]
    public async Task ShowsTheNewestEventsWithExactCountsPerLevel()
    {
        var page = await OpenAsync();

        (await NumberAsync(page, "+document.getElementById('summary').dataset.total")).Should().Be(_folder.Events.Count);
        (await NumberAsync(page, "+document.getElementById('histogram').dataset.total")).Should().Be(_folder.Events.Count);
        (await NumberAsync(page, "document.querySelectorAll('#histogram rect').length")).Should().BePositive();
        foreach (var level in new[] { LogEventLevel.Debug, LogEventLevel.Information, LogEventLevel.Warning, LogEventLevel.Error })
        {
            (await NumberAsync(page, $"+document.querySelector('#levels button[data-level={level}] .count').textContent"))
                .Should().Be(_folder.Events.Count(e => e.Level == level), level.ToString());
        }
        var messages = await RowMessagesAsync(page);
        messages.Should().Equal(_folder.NewestFirst.Take(100).Select(e => e.Message));
        (await NumberAsync(page, "document.querySelectorAll('#templates li').length")).Should().Be(3);
        page.Errors.Should().BeEmpty();
    }

    [RequiresChromiumFact]
    public async Task TypingAFilterUpdatesTheListTheHistogramAndTheAddress()
    {
        var page = await OpenAsync();

        await page.TypeAndEnterAsync("#where", "User = 'u3' and @l <> 'Information'");
        await page.WaitForAsync("location.search.includes('where=') && document.body.dataset.ready === '1'");

        var expected = _folder.NewestFirst.Where(e => e.User == "u3" && e.Level != LogEventLevel.Information).ToList();
        (await NumberAsync(page, "+document.getElementById('summary').dataset.total")).Should().Be(expected.Count);
        (await NumberAsync(page, "+document.getElementById('histogram').dataset.total")).Should().Be(expected.Count);
        (await RowMessagesAsync(page)).Should().Equal(expected.Take(100).Select(e => e.Message));
        (await page.EvaluateAsync("new URLSearchParams(location.search).get('where')")).GetString().Should().Be("User = 'u3' and @l <> 'Information'");
        page.Errors.Should().BeEmpty();

        // The address is the state: opening it again shows the same view.
        var reopened = await OpenAsync("?where=" + Uri.EscapeDataString("User = 'u3' and @l <> 'Information'"));
        (await reopened.EvaluateAsync("document.getElementById('where').value")).GetString().Should().Be("User = 'u3' and @l <> 'Information'");
        (await NumberAsync(reopened, "+document.getElementById('summary').dataset.total")).Should().Be(expected.Count);
    }

    [RequiresChromiumFact]
    public async Task AFilterThatDoesNotParseShowsItsErrorInline()
    {
        var page = await OpenAsync();

        await page.TypeAndEnterAsync("#where", "User = ");
        await page.WaitForAsync("!document.getElementById('where-error').hidden");

        (await page.EvaluateAsync("document.getElementById('where-error').textContent")).GetString().Should().Contain("Syntax error");
        (await page.EvaluateAsync("document.getElementById('where').classList.contains('invalid')")).GetBoolean().Should().BeTrue();
        page.Errors.Should().BeEmpty();
    }

    [RequiresChromiumFact]
    public async Task OpeningAnEventShowsItsPropertiesExceptionAndClefAndAValueClickFiltersOnIt()
    {
        var page = await OpenAsync("?where=" + Uri.EscapeDataString("@l = 'Error'"));
        var newestError = _folder.NewestFirst.First(e => e.Level == LogEventLevel.Error);

        await page.ClickAsync("#events tr:first-child td.message");
        await page.WaitForAsync("!document.getElementById('detail').hidden");

        (await page.EvaluateAsync("document.getElementById('detail-message').textContent")).GetString().Should().Be(newestError.Message);
        (await page.EvaluateAsync("document.getElementById('detail-exception').textContent")).GetString().Should().StartWith("System.TimeoutException");
        var raw = (await page.EvaluateAsync("document.getElementById('detail-raw').textContent")).GetString()!;
        JsonDocument.Parse(raw).RootElement.GetProperty("N").GetInt32().Should().Be(newestError.Number);

        await page.ClickAsync($"#detail-properties span.value[data-name=User]");
        await page.WaitForAsync("document.getElementById('where').value.includes(' and User = ') && document.body.dataset.ready === '1'");

        (await page.EvaluateAsync("document.getElementById('where').value")).GetString().Should().Be($"@l = 'Error' and User = '{newestError.User}'");
        (await NumberAsync(page, "+document.getElementById('summary').dataset.total"))
            .Should().Be(_folder.Events.Count(e => e.Level == LogEventLevel.Error && e.User == newestError.User));
        page.Errors.Should().BeEmpty();
    }

    [RequiresChromiumFact]
    public async Task LevelTogglesAndDraggingOnTheHistogramNarrowTheView()
    {
        var page = await OpenAsync();

        await page.ClickAsync("#levels button[data-level=Information]");
        await page.WaitForAsync("location.search.includes('levels=') && document.body.dataset.ready === '1'");
        var withoutInformation = _folder.Events.Count(e => e.Level != LogEventLevel.Information);
        (await NumberAsync(page, "+document.getElementById('summary').dataset.total")).Should().Be(withoutInformation);
        (await NumberAsync(page, "+document.getElementById('histogram').dataset.total")).Should().Be(withoutInformation);

        var box = await page.EvaluateAsync("(() => { const r = document.getElementById('histogram').getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; })()");
        var (left, top, width, height) = (box[0].GetDouble(), box[1].GetDouble(), box[2].GetDouble(), box[3].GetDouble());
        await page.MouseAsync("mousePressed", left + width * 0.25, top + height / 2);
        await page.MouseAsync("mouseMoved", left + width * 0.4, top + height / 2);
        await page.MouseAsync("mouseMoved", left + width * 0.6, top + height / 2);
        await page.MouseAsync("mouseReleased", left + width * 0.6, top + height / 2);
        await page.WaitForAsync("location.search.includes('from=') && location.search.includes('to=') && document.body.dataset.ready === '1'");

        var search = (await page.EvaluateAsync("location.search")).GetString()!;
        var parameters = System.Web.HttpUtility.ParseQueryString(search);
        var from = DateTimeOffset.Parse(parameters["from"]!, System.Globalization.CultureInfo.InvariantCulture);
        var to = DateTimeOffset.Parse(parameters["to"]!, System.Globalization.CultureInfo.InvariantCulture);
        var expected = _folder.Events.Count(e => e.Level != LogEventLevel.Information && e.Timestamp >= from && e.Timestamp < to);
        expected.Should().BeInRange(1, withoutInformation - 1);
        (await NumberAsync(page, "+document.getElementById('summary').dataset.total")).Should().Be(expected);
        (await NumberAsync(page, "+document.getElementById('histogram').dataset.total")).Should().Be(expected);
        page.Errors.Should().BeEmpty();
    }

    [RequiresChromiumFact]
    public async Task MarkupInAMessageIsShownAsTextAndNeverRuns()
    {
        var page = await OpenAsync("?where=" + Uri.EscapeDataString("User = 'note'"));

        // Serilog renders a string property quoted, with its own quotes escaped.
        (await RowMessagesAsync(page)).Should().Equal(
            $"Note \"{BrowserFixture.AttributeInjection.Replace("\"", "\\\"", StringComparison.Ordinal)}\"",
            $"Note \"{BrowserFixture.ScriptInjection}\"");
        await page.ClickAsync("#events tr:first-child td.message");
        await page.WaitForAsync("!document.getElementById('detail').hidden");
        await page.ClickAsync("#events tr:nth-child(2) td.message");
        await page.WaitForAsync("document.getElementById('detail-message').textContent.includes('<script>')");

        (await page.EvaluateAsync("typeof window.__pwned")).GetString().Should().Be("undefined");
        (await NumberAsync(page, "document.querySelectorAll('main img, main script').length")).Should().Be(0);
        (await page.EvaluateAsync("document.getElementById('detail-properties').textContent")).GetString().Should().Contain(BrowserFixture.ScriptInjection);
        page.Errors.Should().BeEmpty("nothing was even blocked by the Content-Security-Policy: the markup never became elements");
    }

    [RequiresChromiumFact]
    public async Task TakesAScreenshot()
    {
        var page = await OpenAsync("?where=" + Uri.EscapeDataString("@l <> 'Debug'"));
        await page.ClickAsync("#events tr:nth-child(3) td.message");
        await page.WaitForAsync("!document.getElementById('detail').hidden");

        var png = await page.ScreenshotAsync();

        png.Take(8).Should().Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        png.Length.Should().BeGreaterThan(10_000, "a page with a list, a chart and a detail panel is not blank");
        await File.WriteAllBytesAsync(RepositoryRoot.Artifact("screenshots", "serve-page.png"), png);
    }
}
