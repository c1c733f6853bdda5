using LogKit.Pipeline;
using LogKit.Tests.Support;
using Serilog.Events;

namespace LogKit.Tests.Pipeline;

public class SinkRegistryTests
{
    [Fact]
    public void AttachingAndRemovingTellsTheLevelMapTheLowestSinkLevel()
    {
        var levels = new LevelMap(LogEventLevel.Verbose);
        var registry = new SinkRegistry(levels);

        var warning = registry.Attach(new EventSink("w", _ => new CollectingSink()), new SinkOptions { MinimumLevel = LogEventLevel.Warning }, "w");
        levels.IsEnabled(LogEventLevel.Information).Should().BeFalse();
        var debug = registry.Attach(new EventSink("d", _ => new CollectingSink()), new SinkOptions { MinimumLevel = LogEventLevel.Debug }, "d");
        levels.IsEnabled(LogEventLevel.Debug).Should().BeTrue();

        registry.Remove(debug);
        levels.IsEnabled(LogEventLevel.Debug).Should().BeFalse();
        warning.MinimumLevel = LogEventLevel.Error;
        levels.IsEnabled(LogEventLevel.Warning).Should().BeFalse();
        registry.Current.Should().Equal(warning);
    }

    [Fact]
    public void NamesAreMadeUniqueAndRemovalHappensOnce()
    {
        var registry = new SinkRegistry(new LevelMap(LogEventLevel.Verbose));
        var first = registry.Attach(new EventSink("x", _ => new CollectingSink()), new SinkOptions(), "x");
        var second = registry.Attach(new EventSink("x", _ => new CollectingSink()), new SinkOptions(), "x");

        second.Name.Should().Be("x#2");
        first.Dispose();
        registry.Remove(first);
        first.IsRemoved.Should().BeTrue();
        registry.Current.Should().Equal(second);
    }

    [Fact]
    public async Task RemovedSinksKeepCountingInTheTotals()
    {
        var registry = new SinkRegistry(new LevelMap(LogEventLevel.Verbose));
        var handle = registry.Attach(new EventSink("x", _ => new CollectingSink()), new SinkOptions(), "x");
        handle.Sink.Counters.AddAccepted();

        await registry.RemoveAllAsync();

        registry.Current.Should().BeEmpty();
        registry.Counters.Accepted.Should().Be(1);
    }
}
