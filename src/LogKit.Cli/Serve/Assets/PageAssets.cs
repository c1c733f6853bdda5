using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LogKit.Cli.Serve.Assets;

/// <summary>
/// The page, its script and its style, embedded in the tool (works offline, nothing from a CDN) and served by
/// exact name from a fixed table: no request path ever reaches the file system.
/// </summary>
internal static class PageAssets
{
    static readonly (string Route, string Resource, string ContentType)[] Table =
    [
        ("/", "index.html", "text/html; charset=utf-8"),
        ("/app.js", "app.js", "text/javascript; charset=utf-8"),
        ("/app.css", "app.css", "text/css; charset=utf-8"),
    ];

    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var (route, resource, contentType) in Table)
        {
            var bytes = Load(resource);
            app.MapGet(route, context =>
            {
                context.Response.ContentType = contentType;
                context.Response.ContentLength = bytes.Length;
                return context.Response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
            });
        }
    }

    static byte[] Load(string name)
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream("LogKit.Serve." + name)
            ?? throw new InvalidOperationException($"The embedded page resource {name} is missing from the build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
