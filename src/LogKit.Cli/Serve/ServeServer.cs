using System.Net;
using System.Security.Cryptography;
using LogKit.Cli.Serve.Api;
using LogKit.Cli.Serve.Assets;
using LogKit.Cli.Serve.Index;
using LogKit.Cli.Serve.Query;
using LogKit.Cli.Serve.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LogKit.Cli.Serve;

/// <summary>
/// The web server of <c>logkit serve</c>: Kestrel with minimal APIs, the index over the served files, the page
/// and the API. Started by the command, and by the tests on a free port.
/// </summary>
internal sealed class ServeServer : IAsyncDisposable
{
    readonly WebApplication _app;

    ServeServer(WebApplication app, LogIndex index, string? token)
    {
        _app = app;
        Index = index;
        Token = token;
    }

    public LogIndex Index { get; }

    /// <summary>The token requests must present, or null.</summary>
    public string? Token { get; }

    /// <summary>The address it listens on, once started (<c>http://127.0.0.1:5380/</c>).</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Whether <paramref name="host"/> is a loopback address (or localhost): no token needed there.</summary>
    public static bool IsLoopback(string host)
        => host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>A fresh random token (128 bits, URL-safe).</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static ServeServer Create(ServeOptions options, TextWriter messages)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Paths.Count == 0)
            throw new ArgumentException("logkit serve needs at least one path to read.", nameof(options));
        if (options.Port is < 0 or > 65535)
            throw new ArgumentException($"--port {options.Port} is not a port (0 to 65535).", nameof(options));
        if (!IsLoopback(options.Host) && !IPAddress.TryParse(options.Host.Trim('[', ']'), out _) && options.Host != "*")
            throw new ArgumentException($"--host {options.Host} is not an IP address (use 0.0.0.0 for every interface).", nameof(options));
        ServedFiles.Validate(options.Paths);
        var loopback = IsLoopback(options.Host);
        var token = options.Token ?? (loopback ? null : NewToken());

        var reported = 0;
        var index = new LogIndex(() => ServedFiles.List(options.Paths), options.Time, options.RefreshInterval, line =>
        {
            // Each bad line is reported once (lines are indexed once); a flood is cut short.
            var n = Interlocked.Increment(ref reported);
            if (n <= 100)
                messages.WriteLine($"logkit serve: {line}");
            else if (n == 101)
                messages.WriteLine("logkit serve: more lines skipped; see /api/status.");
        });
        var search = new LogSearch(index, new ChunkScanner(index, new FilterCache()));

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ApplicationName = "logkit" });
        builder.Logging.ClearProviders();
        builder.Services.AddRoutingCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            var address = options.Host == "*" ? IPAddress.Any : loopback && options.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
                ? IPAddress.Loopback
                : IPAddress.Parse(options.Host.Trim('[', ']'));
            kestrel.Listen(address, options.Port);
            kestrel.AddServerHeader = false;
        });

        var app = builder.Build();
        var guard = new AccessGuard(token, loopbackOnly: loopback);
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context).ConfigureAwait(false);
            }
            catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
            {
                // A bug must not take the server down; say what happened where the user looks.
                messages.WriteLine($"logkit serve: {context.Request.Path} failed: {ex}");
                if (!context.Response.HasStarted)
                    await JsonResponse.ErrorAsync(context, "server", "The server failed on this request: " + ex.Message, StatusCodes.Status500InternalServerError).ConfigureAwait(false);
            }
        });
        app.Use(guard.InvokeAsync);
        PageAssets.Map(app);
        ApiEndpoints.Map(app, search, options.Time, options.TailPollInterval);
        return new ServeServer(app, index, token);
    }

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _app.StartAsync(cancellationToken).ConfigureAwait(false);
        var bound = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var uri = new Uri(bound);
        var host = uri.Host is "0.0.0.0" or "[::]" ? "127.0.0.1" : uri.Host;
        Address = new UriBuilder(uri.Scheme, host, uri.Port, "/").Uri;
        // Start the first scan now, so the page's first questions find it under way.
        _ = Task.Run(() => Index.GetAsync(CancellationToken.None).AsTask(), CancellationToken.None);
    }

    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => HostingAbstractionsHostExtensions.WaitForShutdownAsync(_app, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        Index.Archives.Dispose();
    }
}
