using LogKit.Serve.Tests.Api;
using LogKit.Serve.Tests.Support;

namespace LogKit.Serve.Tests.Security;

/// <summary>No request names a file: the page is served from a fixed table and the API takes no paths.</summary>
public sealed class PathTraversalTests(ServedFolderFixture fixture) : IClassFixture<ServedFolderFixture>
{
    readonly ServeHost _host = fixture.Host;

    [Theory]
    [InlineData("/../../../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/..%2f..%2f..%2f..%2fetc%2fpasswd")]
    [InlineData("/..%5c..%5c..%5cetc%5cpasswd")]
    [InlineData("/%252e%252e%252fetc%252fpasswd")]
    [InlineData("/app.js/..%2f..%2f..%2f..%2fetc%2fpasswd")]
    [InlineData("/api/..%2f..%2f..%2fetc%2fpasswd")]
    [InlineData("/api/events/..%2fprivate%2fsecret.log")]
    [InlineData("/private/secret.log")]
    [InlineData("/private%2fsecret.log")]
    [InlineData("//etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("/app20261120.log.gz")]
    [InlineData("/app20261120_002.log")]
    [InlineData("/%2fetc%2fpasswd")]
    [InlineData("/C:%5cWindows%5cwin.ini")]
    public async Task APathNeverReachesAFile(string target)
    {
        var (status, response) = await RawHttp.GetAsync(_host.Address, target);

        status.Should().BeOneOf(400, 404);
        response.Should().NotContain("root:x:0:0").And.NotContain("\"@mt\"");
    }

    [Theory]
    [InlineData("file=/etc/passwd")]
    [InlineData("path=..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("path=private%2Fsecret.log")]
    [InlineData("where=%40t%20%3D%20'..%2F..%2Fetc%2Fpasswd'")]
    [InlineData("before=..%2F..%2Fetc%2Fpasswd")]
    [InlineData("from=%2Fetc%2Fpasswd")]
    public async Task AParameterNeverNamesAFile(string query)
    {
        foreach (var endpoint in new[] { "events", "histogram", "templates" })
        {
            var (status, response) = await RawHttp.GetAsync(_host.Address, $"/api/{endpoint}?{query}");

            status.Should().BeOneOf(200, 400);
            response.Should().NotContain("root:x:0:0");
        }
    }
}
