using LogKit.Serve.Tests.Support;

namespace LogKit.Serve.Tests.Browser;

/// <summary>
/// A generated folder (with two messages that try to inject markup), a server over it and one headless Chromium,
/// shared by the page tests of a class. Chromium starts only when a test asks for it, so a skipped test costs nothing.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ScriptInjection = "<script>window.__pwned = 1</script>";
    public const string AttributeInjection = "\"><img src=x onerror=\"window.__pwned = 2\">";

    readonly TempFolder _folder = TempFolder.ForCaller();
    Chromium? _browser;

    public LogFolder Folder { get; private set; } = null!;

    public ServeHost Host { get; private set; } = null!;

    public async Task<Chromium> BrowserAsync() => _browser ??= await Chromium.LaunchAsync();

    public async Task InitializeAsync()
    {
        Folder = LogFolder.Write(_folder.Path, notes: [ScriptInjection, AttributeInjection]);
        Host = await ServeHost.StartAsync(_folder.Path);
    }

    public async Task DisposeAsync()
    {
        if (_browser != null)
            await _browser.DisposeAsync();
        await Host.DisposeAsync();
        _folder.Dispose();
    }
}
