using System.Net.Http.Json;
using System.Text.Json;
using LogKit.Cli.Serve;

namespace LogKit.Serve.Tests.Support;

/// <summary>A real <c>logkit serve</c> server (Kestrel on a free loopback port) over some paths, and a client for it.</summary>
public sealed class ServeHost : IAsyncDisposable
{
    readonly ServeServer _server;

    ServeHost(ServeServer server, StringWriter messages)
    {
        _server = server;
        Messages = messages;
        Client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Client { get; }

    public Uri Address => _server.Address;

    public string? Token => _server.Token;

    /// <summary>What the server printed (skipped lines, failures).</summary>
    public StringWriter Messages { get; }

    internal ServeServer Server => _server;

    public static async Task<ServeHost> StartAsync(string path, string? token = null, string host = "127.0.0.1", TimeSpan? refresh = null)
    {
        var messages = new StringWriter();
        var server = ServeServer.Create(new ServeOptions
        {
            Paths = [path],
            Port = 0,
            Host = host,
            Token = token,
            RefreshInterval = refresh ?? TimeSpan.FromMilliseconds(100),
            TailPollInterval = TimeSpan.FromMilliseconds(100),
        }, TextWriter.Synchronized(messages));
        await server.StartAsync();
        return new ServeHost(server, messages);
    }

    public async Task<JsonElement> GetJsonAsync(string relative)
    {
        using var response = await Client.GetAsync(relative);
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.Should().BeTrue($"GET {relative} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _server.DisposeAsync();
    }
}
