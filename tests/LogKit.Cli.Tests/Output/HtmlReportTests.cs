using System.Diagnostics;
using LogKit.Cli.Tests.Support;

namespace LogKit.Cli.Tests.Output;

public sealed class HtmlReportTests
{
    /// <summary>Loads the page in headless Chromium and returns the DOM after its scripts ran.</summary>
    static async Task<string> DumpDomAsync(string htmlPath, string profile)
    {
        RequiresChromiumFactAttribute.Executable.Should().NotBeNull("chromium must be installed (apt-get install -y chromium)");
        var info = new ProcessStartInfo(RequiresChromiumFactAttribute.Executable!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + profile, "--virtual-time-budget=2000", "--dump-dom", new Uri(htmlPath).AbsoluteUri })
            info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        var dom = await stdout;
        dom.Should().NotBeEmpty(await stderr);
        return dom;
    }

    [RequiresChromiumFact]
    public async Task TheReportShowsItsChartAndTablesInABrowserWithoutScriptErrorsAndEscapesLogText()
    {
        using var folder = TempFolder.ForCaller();
        var log = folder.File("app.log");
        var hostile = ",\"User\":\"<script>document.title='pwned'</script>\"";
        Clef.WriteText(log, string.Concat(Enumerable.Range(0, 300).Select(i => Clef.Event(i * 7, extra: hostile).Replace("Event {Number}", i % 4 == 0 ? "Login by {User}" : "Event {Number}", StringComparison.Ordinal) + "\n")));
        var report = folder.File("report.html");

        var result = Tool.Run("stats", log, "--html", report);
        result.ExitCode.Should().Be(0);
        var html = await File.ReadAllTextAsync(report);
        html.Should().NotContainAny(["src=", "href=", "@import", "url("], "the report is self-contained: nothing is loaded");
        html.Should().NotContain("<script>document.title");

        var dom = await DumpDomAsync(report, folder.File("chromium-profile"));

        System.Text.RegularExpressions.Regex.Match(dom, "<html[^>]*data-script-error=\"([^\"]*)\"").Groups[1].Value.Should().BeEmpty("no script error was raised");
        dom.Should().Contain("<svg").And.Contain("id=\"chart-svg\"");
        var bars = System.Text.RegularExpressions.Regex.Match(dom, "data-chart-bars=\"(\\d+)\"");
        bars.Success.Should().BeTrue("the chart script ran to its end");
        int.Parse(bars.Groups[1].Value).Should().BeGreaterThan(10);
        dom.Should().Contain("<table id=\"templates\"").And.Contain("Event {Number}").And.Contain("Login by {User}");
        dom.Should().Contain("&lt;script&gt;document.title='pwned'&lt;/script&gt;");
        dom.Should().NotContain("<title>pwned</title>");
        dom.Should().Contain("<table id=\"errors\"");
    }
}
