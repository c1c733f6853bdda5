using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace LogKit.Cli.Serve.Security;

/// <summary>
/// Runs before every request: security headers on every response; on loopback, only loopback host names
/// (a page on another site cannot reach the viewer through DNS rebinding); with a token, nothing without it.
/// The token comes as <c>Authorization: Bearer</c>, as a cookie the page gets once, or once as <c>?token=</c>
/// on the page's address, which sets the cookie and redirects to the address without it.
/// </summary>
internal sealed class AccessGuard(string? token, bool loopbackOnly)
{
    public const string CookieName = "logkit_token";

    /// <summary>Scripts and styles from this origin only; no inline script, no inline handlers, no eval, nothing remote.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    readonly byte[]? _token = token is null ? null : Encoding.UTF8.GetBytes(token);

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers.CacheControl = "no-store";

        if (loopbackOnly && !IsLoopbackHost(context.Request.Host.Host))
        {
            context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            await context.Response.WriteAsync("logkit serve answers only to localhost, 127.0.0.1 and [::1].").ConfigureAwait(false);
            return;
        }

        if (_token != null)
        {
            var query = context.Request.Query["token"].ToString();
            if (query.Length > 0 && Matches(query) && HttpMethods.IsGet(context.Request.Method) && !context.Request.Path.StartsWithSegments("/api"))
            {
                // Trade the address's token for a cookie, so it does not stay in the address bar and history.
                context.Response.Cookies.Append(CookieName, token!, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", Secure = context.Request.IsHttps });
                context.Response.Redirect(context.Request.PathBase + context.Request.Path + WithoutToken(context.Request.QueryString));
                return;
            }

            var bearer = context.Request.Headers.Authorization.ToString();
            var presented = bearer.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? bearer[7..].Trim()
                : context.Request.Cookies[CookieName] ?? (query.Length > 0 ? query : null);
            if (presented is null || !Matches(presented))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await context.Response.WriteAsync("logkit serve needs its token: open the address it printed (with ?token=), or send Authorization: Bearer <token>.").ConfigureAwait(false);
                return;
            }
        }

        await next(context).ConfigureAwait(false);
    }

    bool Matches(string presented) => CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _token);

    static bool IsLoopbackHost(string host)
        => host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host == "127.0.0.1" || host == "[::1]" || host == "::1";

    static string WithoutToken(QueryString query)
    {
        var kept = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query.Value)
            .Where(p => p.Key != "token")
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)));
        return QueryString.Create(kept).Value ?? "";
    }
}
