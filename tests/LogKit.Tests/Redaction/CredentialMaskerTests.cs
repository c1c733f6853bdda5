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
    public void LeavesTextWithoutCredentialsAsItIs(string text)
        => Masker.MaskCredentials(text).Should().BeSameAs(text);
}
