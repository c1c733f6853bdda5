using CsCheck;
using LogKit.Reliability.Tests.Support;

namespace LogKit.Reliability.Tests.Fuzzing;

/// <summary>Fuzzes <see cref="Duration"/>'s parser: any text is parsed or refused, never a crash.</summary>
public class DurationFuzzTests
{
    static readonly Gen<string> Inputs = Mutations.Of("10 days", "12h", "1 week", "90 minutes", "30s", "01:30:00", "1.02:03:04.5", "250 ms", "1.5 hours", "10675199 days");

    [Fact]
    public void AnyTextIsParsedOrRefusedWithAFormatException()
    {
        Inputs.Sample(text =>
        {
            if (Duration.TryParse(text, out var duration))
            {
                duration.Should().BeGreaterThanOrEqualTo(TimeSpan.Zero);
                Duration.Parse(text).Should().Be(duration);
            }
            else
            {
                var parse = () => Duration.Parse(text);
                parse.Should().Throw<FormatException>().Which.Message.Should().Contain("is not a duration");
            }
        }, seed: PropertyRuns.Seed, iter: PropertyRuns.Iterations(10_000), print: Generators.Escape);
    }

    [Theory]
    [InlineData("99999999999999 weeks")]
    [InlineData("1e400 days")]
    public void ADurationTooLongForATimeSpanIsRefused(string text)
    {
        Duration.TryParse(text, out _).Should().BeFalse();
        var parse = () => Duration.Parse(text);
        parse.Should().Throw<FormatException>();
    }
}
