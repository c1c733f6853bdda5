using System.Net;
using System.Net.Http.Headers;
using LogKit.Cli.Serve;
using LogKit.Serve.Tests.Support;

namespace LogKit.Serve.Tests.Security;

public sealed class AccessGuardTests : IDisposable
{
    readonly TempFolder _folder = TempFolder.ForCaller();

    public AccessGuardTests() => LogFolder.Write(_folder.Path, count: 30);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task WithATokenEveryRequestNeedsIt()
    {
        await using var host = await ServeHost.StartAsync(_folder.Path, token: "s3cret-token");

        foreach (var path in new[] { "/", "/app.js", "/api/events", "/api/histogram", "/api/templates", "/api/status", "/api/tail" })
        {
            using var none = await host.Client.GetAsync(path);
            none.StatusCode.Should().Be(HttpStatusCode.Unauthorized, path);

            using var wrong = new HttpRequestMessage(HttpMethod.Get, path);
            wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-tokem");
            (await host.Client.SendAsync(wrong)).StatusCode.Should().Be(HttpStatusCode.Unauthorized, path);
        }

        using var right = new HttpRequestMessage(HttpMethod.Get, "/api/status");
        right.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret-token");
        (await host.Client.SendAsync(right)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task TheTokenInThePageAddressBecomesACookieAndLeavesTheAddress()
    {
        await using var host = await ServeHost.StartAsync(_folder.Path, token: "s3cret-token");

        var (status, response) = await RawHttp.GetAsync(host.Address, "/?where=User%3D%27u1%27&token=s3cret-token");

        status.Should().Be(302);
        response.Should().Contain("Location: /?where=User%3D%27u1%27\r\n");
        var cookie = response.Split("\r\n").Single(l => l.StartsWith("Set-Cookie:", StringComparison.OrdinalIgnoreCase));
        cookie.Should().Contain("logkit_token=s3cret-token").And.Contain("httponly").And.Contain("samesite=strict");

        var (withCookie, page) = await RawHttp.GetAsync(host.Address, "/api/status", null, "Cookie: logkit_token=s3cret-token");
        withCookie.Should().Be(200, page);
        (await RawHttp.GetAsync(host.Address, "/api/status", null, "Cookie: logkit_token=other")).Status.Should().Be(401);
        (await RawHttp.GetAsync(host.Address, "/api/status?token=s3cret-tokex")).Status.Should().Be(401);
    }

    [Fact]
    public async Task AnyOtherHostThanLoopbackGetsAGeneratedTokenWhenNoneIsGiven()
    {
        await using var host = await ServeHost.StartAsync(_folder.Path, host: "0.0.0.0");

        host.Token.Should().NotBeNullOrWhiteSpace().And.HaveLength(22);
        (await host.Client.GetAsync("/api/status")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/status");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", host.Token);
        (await host.Client.SendAsync(request)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task OnLoopbackOnlyLoopbackHostNamesAreAnswered()
    {
        await using var host = await ServeHost.StartAsync(_folder.Path);

        (await RawHttp.GetAsync(host.Address, "/api/status", host: "evil.example:80")).Status.Should().Be(421);
        (await RawHttp.GetAsync(host.Address, "/api/status", host: $"localhost:{host.Address.Port}")).Status.Should().Be(200);
        (await RawHttp.GetAsync(host.Address, "/api/status", host: $"127.0.0.1:{host.Address.Port}")).Status.Should().Be(200);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/app.js")]
    [InlineData("/api/events")]
    [InlineData("/api/nothing-here")]
    public async Task EveryResponseForbidsInlineScriptsAndRemoteSources(string path)
    {
        await using var host = await ServeHost.StartAsync(_folder.Path);

        using var response = await host.Client.GetAsync(path);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        csp.Should().Contain("default-src 'none'").And.Contain("script-src 'self'").And.Contain("connect-src 'self'").And.NotContain("unsafe");
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
    }

    [Fact]
    public void AnAddressThatIsNotAnIpIsRejectedNamingTheOption()
    {
        var act = () => ServeServer.Create(new ServeOptions { Paths = [_folder.Path], Host = "example.com" }, TextWriter.Null);

        act.Should().Throw<ArgumentException>().WithMessage("*--host*");
    }

    [Fact]
    public void ThePageScriptNeverWritesHtml()
    {
        using var stream = typeof(ServeServer).Assembly.GetManifestResourceStream("LogKit.Serve.app.js")!;
        var script = new StreamReader(stream).ReadToEnd();

        script.Should().NotContainAny("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function");
    }
}
