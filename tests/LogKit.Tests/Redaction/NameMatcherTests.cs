using LogKit.Redaction;

namespace LogKit.Tests.Redaction;

public class NameMatcherTests
{
    static readonly NameMatcher Defaults = new(RedactionOptions.DefaultNames);

    [Theory]
    [InlineData("password")]
    [InlineData("Password")]
    [InlineData("PASSWORD")]
    [InlineData("userPassword")]
    [InlineData("UserPassword")]
    [InlineData("user_password")]
    [InlineData("DBPASSWORD")]
    [InlineData("db_pwd")]
    [InlineData("X-Api-Key")]
    [InlineData("apiKey")]
    [InlineData("API_KEY")]
    [InlineData("refreshToken")]
    [InlineData("access_token")]
    [InlineData("Set-Cookie")]
    [InlineData("SessionCookie")]
    [InlineData("Authorization")]
    [InlineData("ProxyAuthorization")]
    [InlineData("ConnectionString")]
    [InlineData("DefaultConnectionString")]
    [InlineData("ClientSecret")]
    [InlineData("private-key")]
    [InlineData("CreditCard")]
    [InlineData("CardNumber")]
    [InlineData("creditCardNumber")]
    [InlineData("Cvv")]
    public void MatchesNamesThatEndWithAnEntryIgnoringCaseAndSeparators(string name)
        => Defaults.Matches(name).Should().BeTrue();

    [Theory]
    [InlineData("TokenCount")]
    [InlineData("PasswordHint")]
    [InlineData("Tokens")]
    [InlineData("tokenizer")]
    [InlineData("SecretName")]
    [InlineData("UserId")]
    [InlineData("Id")]
    [InlineData("CookieName")]
    [InlineData("ApiKeyId")]
    [InlineData("")]
    [InlineData("_")]
    public void DoesNotMatchNamesWhereTheEntryIsNotTheEnd(string name)
        => Defaults.Matches(name).Should().BeFalse();

    [Fact]
    public void NormalisesEntriesTheSameWay()
    {
        var matcher = new NameMatcher(["Employee-Number"]);

        matcher.Matches("employeeNumber").Should().BeTrue();
        matcher.Matches("EMPLOYEE_NUMBER").Should().BeTrue();
        matcher.Matches("employee").Should().BeFalse();
    }
}
