using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LogKit.Serve.Tests.Support;

/// <summary>
/// A headless Chromium process driven over the Chrome DevTools Protocol (a WebSocket, System.Net.WebSockets): no
/// driver binary to match versions with and nothing downloaded, so it works offline with Debian's chromium alone.
/// </summary>
public sealed partial class Chromium : IAsyncDisposable
{
    readonly Process _process;
    readonly string _profile;

    Chromium(Process process, string profile, CdpPage page)
    {
        _process = process;
        _profile = profile;
        Page = page;
    }

    public static string? ExecutablePath { get; } = Find();

    /// <summary>The one tab.</summary>
    public CdpPage Page { get; }

    static string? Find()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" };
        return candidates.FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));
    }

    public static async Task<Chromium> LaunchAsync(int width = 1400, int height = 900)
    {
        var executable = ExecutablePath ?? throw new InvalidOperationException("Chromium is not installed: apt-get install -y chromium, or set CHROMIUM_PATH.");
        var profile = Path.Combine(Path.GetTempPath(), "LogKit.Serve.Tests", "chromium-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(profile);
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1", $"--user-data-dir={profile}",
            $"--window-size={width},{height}", "--hide-scrollbars", "--force-device-scale-factor=1", "about:blank",
        })
            info.ArgumentList.Add(argument);

        var process = Process.Start(info)!;
        _ = process.StandardOutput.ReadToEndAsync();
        // Chromium prints "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/ID" on stderr.
        string? endpoint = null;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var stderr = new System.Text.StringBuilder();
        while (endpoint is null)
        {
            var line = await process.StandardError.ReadLineAsync(timeout.Token);
            if (line is null)
                throw new InvalidOperationException("Chromium exited before it listened: " + stderr);
            stderr.AppendLine(line);
            var match = DevToolsLine().Match(line);
            if (match.Success)
                endpoint = match.Groups[1].Value;
        }
        _ = DrainAsync(process.StandardError);

        var port = new Uri(endpoint).Port;
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        var targets = await http.GetFromJsonAsync<JsonElement>("json/list");
        var page = targets.EnumerateArray().First(t => t.GetProperty("type").GetString() == "page");
        var cdp = await CdpPage.ConnectAsync(new Uri(page.GetProperty("webSocketDebuggerUrl").GetString()!));
        return new Chromium(process, profile, cdp);
    }

    static async Task DrainAsync(StreamReader reader)
    {
        try
        {
            while (await reader.ReadLineAsync() is not null)
            {
            }
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Page.DisposeAsync();
        try
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
        {
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
    private static partial Regex DevToolsLine();
}
