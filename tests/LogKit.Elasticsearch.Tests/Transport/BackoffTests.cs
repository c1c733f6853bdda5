using LogKit.Elasticsearch.Transport;

namespace LogKit.Elasticsearch.Tests.Transport;

public class BackoffTests
{
    static readonly TimeSpan Initial = TimeSpan.FromMilliseconds(500);
    static readonly TimeSpan Max = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(1, 250, 500)]
    [InlineData(2, 500, 1000)]
    [InlineData(4, 2000, 4000)]
    [InlineData(7, 15000, 30000)]
    [InlineData(50, 15000, 30000)]
    public void DoublesPerAttemptWithinHalfToAllOfTheCappedDelay(int attempt, int lowestMs, int highestMs)
    {
        Backoff.Delay(attempt, Initial, Max, 0).Should().Be(TimeSpan.FromMilliseconds(lowestMs));
        Backoff.Delay(attempt, Initial, Max, 1).Should().Be(TimeSpan.FromMilliseconds(highestMs));
        Backoff.Delay(attempt, Initial, Max, 0.5).Should().BeGreaterThan(TimeSpan.FromMilliseconds(lowestMs)).And.BeLessThan(TimeSpan.FromMilliseconds(highestMs));
    }
}
