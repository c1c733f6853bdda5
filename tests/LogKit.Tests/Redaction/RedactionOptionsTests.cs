namespace LogKit.Tests.Redaction;

public class RedactionOptionsTests
{
    [Fact]
    public void IsOnByDefaultWithTheDefaultNames()
    {
        var options = new RedactionOptions();

        options.IsEnabled.Should().BeTrue();
        options.Names.Should().Equal(RedactionOptions.DefaultNames);
        options.IsRedacted("userPassword").Should().BeTrue();
        options.IsRedacted("TokenCount").Should().BeFalse();
    }

    [Fact]
    public void AddsAndRemovesNames()
    {
        var options = new RedactionOptions();

        options.Add("ssn").Add("SSN").Add("employee_number");
        options.Remove("Cookie").Should().BeTrue();
        options.Remove("cookie").Should().BeFalse();

        options.Names.Should().Contain("ssn").And.Contain("employee_number").And.NotContain("cookie");
        options.Names.Count(n => n.Equals("ssn", StringComparison.OrdinalIgnoreCase)).Should().Be(1);
        options.IsRedacted("customerSsn").Should().BeTrue();
        options.IsRedacted("EmployeeNumber").Should().BeTrue();
        options.IsRedacted("SessionCookie").Should().BeFalse();
        options.IsRedacted("SetCookie").Should().BeTrue("set-cookie is an entry of its own");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-_.")]
    public void RejectsNamesWithoutLettersOrDigitsNamingTheOption(string name)
    {
        var options = new RedactionOptions();

        options.Invoking(o => o.Add(name)).Should().Throw<ArgumentException>().WithParameterName("name").WithMessage("*Redaction.Add*");
        options.Invoking(o => o.Remove(name)).Should().Throw<ArgumentException>().WithMessage("*Redaction.Remove*");
        options.Invoking(o => o.Add(null!)).Should().Throw<ArgumentNullException>().WithMessage("*Redaction.Add*");
        options.Invoking(o => o.UseRedactor(null!)).Should().Throw<ArgumentNullException>().WithMessage("*Redaction.UseRedactor*");
    }

    [Fact]
    public void DisableTurnsNameMatchingOffAndEnableBackOn()
    {
        var options = new RedactionOptions();

        options.Disable();
        options.IsEnabled.Should().BeFalse();
        options.IsRedacted("password").Should().BeFalse();

        options.Enable();
        options.IsRedacted("password").Should().BeTrue();
    }

    [Fact]
    public void APipelineCopiesItsOptionsWhenCreatedAndChangesLaterThroughItsOwn()
    {
        var options = new LogPipelineOptions { FlushOnProcessExit = false };
        options.Redaction.Add("ssn");
        using var pipeline = new LogPipeline(options);

        options.Redaction.Add("later");

        pipeline.Redaction.IsRedacted("ssn").Should().BeTrue();
        pipeline.Redaction.IsRedacted("later").Should().BeFalse();
    }
}
