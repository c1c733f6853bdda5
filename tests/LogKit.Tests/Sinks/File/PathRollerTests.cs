using LogKit.Sinks.File;
using Serilog;

namespace LogKit.Tests.Sinks.File;

public class PathRollerTests
{
    static readonly string Folder = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "logs"));

    static PathRoller Roller(RollingInterval interval = RollingInterval.Infinite, FileNaming naming = FileNaming.RollForward)
        => new(Path.Combine(Folder, "app.log"), interval, naming);

    [Theory]
    [InlineData(RollingInterval.Infinite, null, null, "app.log")]
    [InlineData(RollingInterval.Infinite, null, 1, "app_001.log")]
    [InlineData(RollingInterval.Day, "2026-11-25", null, "app20261125.log")]
    [InlineData(RollingInterval.Day, "2026-11-25", 12, "app20261125_012.log")]
    [InlineData(RollingInterval.Hour, "2026-11-25 07:00", 1, "app2026112507_001.log")]
    [InlineData(RollingInterval.Minute, "2026-11-25 07:05", null, "app202611250705.log")]
    [InlineData(RollingInterval.Month, "2026-11-01", null, "app202611.log")]
    [InlineData(RollingInterval.Year, "2026-01-01", 1000, "app2026_1000.log")]
    public void BuildsSerilogsRollForwardNames(RollingInterval interval, string? period, int? sequence, string expected)
    {
        DateTime? checkpoint = period is null ? null : DateTime.Parse(period, System.Globalization.CultureInfo.InvariantCulture);

        Roller(interval).RollForwardPath(checkpoint, sequence).Should().Be(Path.Combine(Folder, expected));
    }

    [Fact]
    public void BuildsStableActiveNames()
    {
        var roller = Roller(naming: FileNaming.StableActive);

        roller.StableActivePath.Should().Be(Path.Combine(Folder, "app.log"));
        roller.StablePath(3).Should().Be(Path.Combine(Folder, "app.3.log"));
    }

    [Theory]
    [InlineData(RollingInterval.Year, "2026-11-25 13:45:10", "2026-01-01 00:00")]
    [InlineData(RollingInterval.Month, "2026-11-25 13:45:10", "2026-11-01 00:00")]
    [InlineData(RollingInterval.Day, "2026-11-25 13:45:10", "2026-11-25 00:00")]
    [InlineData(RollingInterval.Hour, "2026-11-25 13:45:10", "2026-11-25 13:00")]
    [InlineData(RollingInterval.Minute, "2026-11-25 13:45:10", "2026-11-25 13:45")]
    public void ACheckpointIsTheStartOfThePeriod(RollingInterval interval, string instant, string expected)
    {
        var parse = (string s) => DateTime.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

        Roller(interval).Checkpoint(parse(instant)).Should().Be(parse(expected));
    }

    [Fact]
    public void WithoutAnIntervalThereIsNoCheckpoint()
        => Roller().Checkpoint(DateTime.UtcNow).Should().BeNull();

    [Theory]
    [InlineData("app20261125.log", "2026-11-25", null, false)]
    [InlineData("app20261125_003.log", "2026-11-25", 3, false)]
    [InlineData("app20261125_003.log.gz", "2026-11-25", 3, true)]
    public void RecognisesItsOwnNamesWithPeriodAndSequence(string name, string period, int? sequence, bool archive)
    {
        Roller(RollingInterval.Day).TryParse(name, out var parsed).Should().BeTrue();

        parsed.Period.Should().Be(DateTime.Parse(period, System.Globalization.CultureInfo.InvariantCulture));
        parsed.Sequence.Should().Be(sequence);
        parsed.IsArchive.Should().Be(archive);
        parsed.IsStable.Should().BeFalse();
    }

    [Theory]
    [InlineData("app.log.lock")]
    [InlineData("app.log.tmp")]
    [InlineData("application.log")]
    [InlineData("app_01.log")]
    [InlineData("app20261399.log")]
    [InlineData("app2026112.log")]
    [InlineData("other20261125.log")]
    public void IgnoresNamesThatAreNotThisLogs(string name)
        => Roller(RollingInterval.Day).TryParse(name, out _).Should().BeFalse();

    [Fact]
    public void InStableActiveModeTheBareNameIsTheActiveFile()
    {
        var roller = Roller(naming: FileNaming.StableActive);

        roller.TryParse("app.log", out var active).Should().BeTrue();
        active.Should().Be(new LogFileName("app.log", null, null, IsArchive: false, IsStable: true));
        roller.TryParse("app.2.log.gz", out var rolled).Should().BeTrue();
        rolled.Should().Be(new LogFileName("app.2.log.gz", null, 2, IsArchive: true, IsStable: true));
        roller.TryParse("app_001.log", out var fallback).Should().BeTrue("roll-forward names are this log's too, after a failed rename");
        fallback.IsStable.Should().BeFalse();
    }

    [Fact]
    public void EscapesRegexCharactersInTheFileName()
    {
        var roller = new PathRoller(Path.Combine(Folder, "a+b(1).log"), RollingInterval.Infinite, FileNaming.RollForward);

        roller.TryParse("a+b(1)_002.log", out var parsed).Should().BeTrue();
        parsed.Sequence.Should().Be(2);
        roller.TryParse("aab(1)_002.log", out _).Should().BeFalse();
    }
}
