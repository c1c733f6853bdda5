using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LogKit.Elasticsearch.Tests.Support.Fake;

/// <summary>One node of the fake cluster: a Kestrel server on a loopback port.</summary>
public sealed class FakeNode : IAsyncDisposable
{
    readonly WebApplication _app;
    long _downUntilTicks;

    FakeNode(WebApplication app, int index)
    {
        _app = app;
        Index = index;
    }

    public int Index { get; }

    public Uri Uri { get; private set; } = null!;

    /// <summary>Requests this node received (including refused ones).</summary>
    public long Requests;

    /// <summary>Takes the node down (every connection is reset) until the clock passes <paramref name="until"/>.</summary>
    public void DownUntil(DateTimeOffset until) => Interlocked.Exchange(ref _downUntilTicks, until.UtcTicks);

    public bool IsDown(TimeProvider time) => time.GetUtcNow().UtcTicks < Interlocked.Read(ref _downUntilTicks);

    internal static async Task<FakeNode> StartAsync(FakeCluster cluster, int index)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, 0);
            k.Limits.MaxRequestBodySize = null;
            k.AddServerHeader = false;
        });
        var app = builder.Build();
        var node = new FakeNode(app, index);
        app.Run(context => cluster.HandleAsync(node, context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        node.Uri = new Uri(address.EndsWith('/') ? address : address + "/");
        return node;
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}
