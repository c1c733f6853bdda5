using LogKit.Serve.Tests.Support;

namespace LogKit.Serve.Tests.Api;

/// <summary>One generated folder and one server over it, shared by the read-only API tests of a class.</summary>
public sealed class ServedFolderFixture : IAsyncLifetime
{
    readonly TempFolder _folder = TempFolder.ForCaller();

    public LogFolder Folder { get; private set; } = null!;

    public ServeHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Folder = LogFolder.Write(_folder.Path);
        Host = await ServeHost.StartAsync(_folder.Path);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _folder.Dispose();
    }
}
