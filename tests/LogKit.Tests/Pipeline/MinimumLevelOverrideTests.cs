using LogKit.Tests.Support;
using Serilog.Events;

namespace LogKit.Tests.Pipeline;

/// <summary>Per-source-context minimum levels: merged under a lock, replaced whole on reload.</summary>
public class MinimumLevelOverrideTests
{
    [Fact]
    public async Task ConcurrentOverridesAreAllKept()
    {
        using var pipeline = TestPipeline.Create();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 50; i++)
                pipeline.OverrideMinimumLevel($"T{t}.N{i}", LogEventLevel.Debug);
        })));

        pipeline.MinimumLevelOverrides.Should().HaveCount(400);
    }

    [Fact]
    public void ReplacingOverridesKeepsTheLastOfARepeatedPrefixAndRejectsBadLevels()
    {
        using var pipeline = TestPipeline.Create();
        pipeline.SetMinimumLevelOverrides([new("A", LogEventLevel.Debug), new("A", LogEventLevel.Error)]);

        pipeline.MinimumLevelOverrides.Should().Equal(new Dictionary<string, LogEventLevel> { ["A"] = LogEventLevel.Error });
        FluentActions.Invoking(() => pipeline.SetMinimumLevelOverrides([new("B", (LogEventLevel)42)])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => pipeline.SetMinimumLevelOverrides([new(" ", LogEventLevel.Debug)])).Should().Throw<ArgumentException>();
    }
}
