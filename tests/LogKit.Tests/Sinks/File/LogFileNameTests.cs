using LogKit.Sinks.File;

namespace LogKit.Tests.Sinks.File;

public class LogFileNameTests
{
    static LogFileName RollForward(string name, string? period, int? sequence)
        => new(name, period is null ? null : DateTime.Parse(period, System.Globalization.CultureInfo.InvariantCulture), sequence, IsArchive: false, IsStable: false);

    static LogFileName Stable(string name, int? sequence) => new(name, null, sequence, IsArchive: false, IsStable: true);

    [Fact]
    public void RollForwardNamesOrderByPeriodThenSequenceNewestFirst()
    {
        LogFileName[] names =
        [
            RollForward("app20261124.log", "2026-11-24", null),
            RollForward("app20261125_002.log", "2026-11-25", 2),
            RollForward("app20261125.log", "2026-11-25", null),
            RollForward("app20261125_001.log", "2026-11-25", 1),
        ];

        names.Order(Comparer<LogFileName>.Create(LogFileName.CompareNewestFirst)).Select(n => n.Name)
            .Should().Equal("app20261125_002.log", "app20261125_001.log", "app20261125.log", "app20261124.log");
    }

    [Fact]
    public void StableNamesPutTheActiveFileFirstThenFallbackNamesThenRolledFilesByHighestNumber()
    {
        LogFileName[] names = [Stable("app.1.log", 1), RollForward("app_001.log", null, 1), Stable("app.log", null), Stable("app.2.log", 2)];

        names.Order(Comparer<LogFileName>.Create(LogFileName.CompareNewestFirst)).Select(n => n.Name)
            .Should().Equal("app.log", "app_001.log", "app.2.log", "app.1.log");
    }

    [Fact]
    public void AnArchiveStandsForThePlainFileItCompresses()
    {
        new LogFileName("app_001.log.gz", null, 1, IsArchive: true, IsStable: false).LogName.Should().Be("app_001.log");
        RollForward("app_001.log", null, 1).LogName.Should().Be("app_001.log");
    }
}
