namespace LogKit.Tests.Configuration;

public class DurationTests
{
    [Theory]
    [InlineData("10 days", 10 * 24 * 60)]
    [InlineData("12h", 12 * 60)]
    [InlineData("1 week", 7 * 24 * 60)]
    [InlineData("90 minutes", 90)]
    [InlineData("2 Hours", 120)]
    [InlineData("1.5h", 90)]
    [InlineData("01:30:00", 90)]
    [InlineData("3d", 3 * 24 * 60)]
    public void ParsesConfigurationDurations(string text, int minutes)
        => Duration.Parse(text).Should().Be(TimeSpan.FromMinutes(minutes));

    [Theory]
    [InlineData("soon")]
    [InlineData("")]
    [InlineData("10 fortnights")]
    [InlineData("-1 day")]
    public void InvalidTextThrowsAFormatExceptionNamingTheValueAndShowingAGoodOne(string text)
        => FluentActions.Invoking(() => Duration.Parse(text)).Should().Throw<FormatException>()
            .WithMessage($"'{text}' is not a duration*\"10 days\"*");
}
