using LogKit.Redaction;

namespace LogKit.Tests.Redaction;

public class CredentialMaskerTests
{
    static readonly CredentialMasker Masker = new(new NameMatcher(RedactionOptions.DefaultNames.Concat(CredentialMasker.ConnectionStringKeys)));

    [Theory]
    [InlineData("https://bob:hunter2@example.com/path", "https://bob:***@example.com/path")]
    [InlineData("amqp://guest:guest@rabbit:5672", "amqp://guest:***@rabbit:5672")]
    [InlineData("see postgres://app:s3cr%40t@db.local/orders?ssl=true now", "see postgres://app:***@db.local/orders?ssl=true now")]
    [InlineData("Server=db;Database=orders;User Id=sa;Password=hunter2;", "Server=db;Database=orders;User Id=sa;Password=***;")]
    [InlineData("Server=db;Pwd=hunter2", "Server=db;Pwd=***")]
    [InlineData("Server=db;User Id=sa;Password=correct horse battery;Database=x", "Server=db;User Id=sa;Password=***;Database=x")]
    [InlineData("Server=db;User Id=sa;Password=correct horse battery", "Server=db;User Id=sa;Password=***")]
    [InlineData("Password = \"a;b c\";Server=x", "Password = \"***\";Server=x")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=abc+/def==;EndpointSuffix=core.windows.net", "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=***;EndpointSuffix=core.windows.net")]
    [InlineData("Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=root;SharedAccessKey=k3y==", "Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=root;SharedAccessKey=***")]
    [InlineData("BlobEndpoint=https://a.blob;SharedAccessSignature=sv=2020&sig=abc", "BlobEndpoint=https://a.blob;SharedAccessSignature=***&sig=***")]
    [InlineData("GET /cb?code=1&access_token=abc.def&state=2", "GET /cb?code=1&access_token=***&state=2")]
    [InlineData("{\"user\":\"ann\",\"password\":\"hunter2\",\"n\":1}", "{\"user\":\"ann\",\"password\":\"***\",\"n\":1}")]
    [InlineData("{\"apiKey\": 12345}", "{\"apiKey\": ***}")]
    [InlineData("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig", "Authorization: Bearer ***")]
    [InlineData("header Basic dXNlcjpwYXNzd29yZA== sent", "header Basic *** sent")]
    [InlineData("Login { User = ann, Password = hunter2 }", "Login { User = ann, Password = *** }")]
    [InlineData("X-Api-Key: abc123\r\nAccept: */*", "X-Api-Key: ***\r\nAccept: */*")]
    [InlineData("Cookie: sid=abc; theme=dark", "Cookie: ***")]
    [InlineData("config:\n  password: hunter2\n  user: ann", "config:\n  password: ***\n  user: ann")]
    [InlineData("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig\nHost: x", "Authorization: Bearer ***\nHost: x")]
    [InlineData("git clone https://ghp_16C7e42F292c6912E7710c838347Ae178B4a@github.com/org/repo.git", "git clone https://***@github.com/org/repo.git")]
    public void MasksCredentialsInsideText(string text, string expected)
        => Masker.MaskCredentials(text).Should().Be(expected);

    [Theory]
    [InlineData("plain text without candidates")]
    [InlineData("https://example.com/path?x=1")]
    [InlineData("TokenCount=5; Retries=3")]
    [InlineData("the bearer of this letter")]
    [InlineData("basic authentication failed")]
    [InlineData("mailto:ann@example.com")]
    [InlineData("Password=;")]
    [InlineData("Password=***;")]
    [InlineData("12:30:00")]
    [InlineData("Accept: application/json\r\nHost: example.com")]
    [InlineData("https://john.doe@example.com/profile")]
    [InlineData("TokenCount: 5")]
    public void LeavesTextWithoutCredentialsAsItIs(string text)
        => Masker.MaskCredentials(text).Should().BeSameAs(text);

    [Theory]
    [InlineData("pwd\":", 256)]                 // JSON members whose unquoted value runs to the end of the text
    [InlineData("pwd=a://u:p@h \"pwd\":b ", 1024)] // many ranges found by different rules, interleaved
    [InlineData("pwd:", 1024)]                   // header keys whose value runs to the end of the line
    public void MasksHugeCraftedTextInLinearTime(string unit, int kilobytes)
    {
        // A value an attacker controls (a request body, a header) must not stall the logging thread:
        // these take milliseconds when every rule is linear, and seconds to minutes when one is quadratic.
        var text = "\"" + string.Concat(Enumerable.Repeat(unit, kilobytes * 1024 / unit.Length));
        Masker.MaskCredentials(text);   // JIT

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var masked = Masker.MaskCredentials(text);
        stopwatch.Stop();

        masked.Should().NotContain(":b ").And.NotContain(":p@");
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
    }
}