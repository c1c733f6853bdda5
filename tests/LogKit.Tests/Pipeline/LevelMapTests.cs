using LogKit.Pipeline;
using Serilog.Events;

namespace LogKit.Tests.Pipeline;

public class LevelMapTests
{
    static LevelMap WithSinkAt(LogEventLevel minimum, LogEventLevel lowestSink)
    {
        var map = new LevelMap(minimum);
        map.SetLowestSinkLevel((int)lowestSink);
        return map;
    }

    [Fact]
    public void NothingIsEnabledWithoutSinks()
    {
        var map = new LevelMap(LogEventLevel.Verbose);

        map.IsEnabled(LogEventLevel.Fatal).Should().BeFalse();
        map.EnabledFrom("Any").Should().Be(LevelMap.NothingEnabled);
    }

    [Fact]
    public void TheHigherOfTheMinimumAndTheLowestSinkLevelWins()
    {
        var map = WithSinkAt(LogEventLevel.Debug, LogEventLevel.Warning);

        map.IsEnabled(LogEventLevel.Information).Should().BeFalse();
        map.IsEnabled(LogEventLevel.Warning).Should().BeTrue();
        map.MinimumLevel = LogEventLevel.Error;
        map.IsEnabled(LogEventLevel.Warning).Should().BeFalse();
    }

    [Fact]
    public void TheLongestMatchingPrefixOnADotBoundaryWins()
    {
        var map = WithSinkAt(LogEventLevel.Information, LogEventLevel.Verbose);
        map.SetOverride("Microsoft", LogEventLevel.Warning);
        map.SetOverride("Microsoft.AspNetCore.Hosting", LogEventLevel.Debug);

        map.EnabledFrom("Microsoft.AspNetCore.Routing").Should().Be((int)LogEventLevel.Warning);
        map.EnabledFrom("Microsoft.AspNetCore.Hosting.Diagnostics").Should().Be((int)LogEventLevel.Debug);
        map.EnabledFrom("Microsoft").Should().Be((int)LogEventLevel.Warning);
        map.EnabledFrom("MicrosoftFoo").Should().Be((int)LogEventLevel.Information);
        map.Overrides.Should().HaveCount(2);
    }

    [Fact]
    public void EveryChangeMovesTheVersion()
    {
        var map = new LevelMap(LogEventLevel.Information);
        var versions = new List<int> { map.Version };

        map.SetLowestSinkLevel((int)LogEventLevel.Verbose);
        versions.Add(map.Version);
        map.MinimumLevel = LogEventLevel.Debug;
        versions.Add(map.Version);
        map.SetOverride("A", LogEventLevel.Error);
        versions.Add(map.Version);
        map.SetOverrides([]);
        versions.Add(map.Version);

        versions.Should().OnlyHaveUniqueItems();
        map.Overrides.Should().BeEmpty();
    }

    [Fact]
    public void InvalidOverridesAreConfigurationErrorsThatChangeNothing()
    {
        var map = new LevelMap(LogEventLevel.Information);
        map.SetOverride("Kept", LogEventLevel.Error);

        map.Invoking(m => m.SetOverride(" ", LogEventLevel.Error)).Should().Throw<ArgumentException>();
        map.Invoking(m => m.SetOverride("A", (LogEventLevel)42)).Should().Throw<ArgumentException>().WithMessage("*is not a LogEventLevel*");
        map.Invoking(m => m.SetOverrides([new("Ok", LogEventLevel.Debug), new("", LogEventLevel.Debug)])).Should().Throw<ArgumentException>().WithMessage("*source context prefix*");

        map.Overrides.Keys.Should().Equal("Kept");
    }
}
