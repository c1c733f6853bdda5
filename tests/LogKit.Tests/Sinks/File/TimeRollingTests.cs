using LogKit.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Serilog;
using Serilog.Formatting.Compact;

namespace LogKit.Tests.Sinks.File;

public class TimeRollingTests
{
    static FakeTimeProvider ClockAt(int year, int month, int day, int hour, int minute, TimeZoneInfo zone)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        var clock = new FakeTimeProvider(new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero));
        clock.SetLocalTimeZone(zone);
        return clock;
    }

    [Fact]
    public void IntervalAndSizeTogetherProduceSerilogsNames()
    {
        using var folder = TempFolder.ForCaller();
        var clock = ClockAt(2026, 11, 25, 22, 0, TimeZoneInfo.Utc);
        using (var log = new FileTestPipeline(folder.File("app.log"), o => { o.RollingInterval = RollingInterval.Day; o.MaxFileSize = 500; }, clock))
        {
            for (var i = 0; i < 6; i++)
                log.Logger.Information("Before midnight {Number} {Padding}", i, new string('x', 150));
            clock.Advance(TimeSpan.FromHours(3));
            log.Logger.Information("After midnight");
        }

        DirectoryAssert.HasFiles(folder.Path, "app20261125.log", "app20261125_001.log", "app20261125_002.log", "app20261126.log");
    }

    [Theory]
    [InlineData(RollingInterval.Day, 2026, 12, 31, "app20261231.log", "app20270101.log")]
    [InlineData(RollingInterval.Month, 2026, 11, 30, "app202611.log", "app202612.log")]
    [InlineData(RollingInterval.Year, 2026, 12, 31, "app2026.log", "app2027.log")]
    [InlineData(RollingInterval.Hour, 2026, 2, 28, "app2026022823.log", "app2026030100.log")]
    [InlineData(RollingInterval.Minute, 2026, 12, 31, "app202612312359.log", "app202701010000.log")]
    public void CrossingMidnightMonthAndYearEndsGivesOneFilePerPeriod(RollingInterval interval, int year, int month, int day, string before, string after)
    {
        using var folder = TempFolder.ForCaller();
        var clock = ClockAt(year, month, day, 23, 59, TimeZoneInfo.Utc);
        using (var log = new FileTestPipeline(folder.File("app.log"), o => o.RollingInterval = interval, clock))
        {
            log.Logger.Information("before");
            clock.Advance(TimeSpan.FromSeconds(59));
            log.Logger.Information("still before");
            clock.Advance(TimeSpan.FromSeconds(2));
            log.Logger.Information("after");
        }

        DirectoryAssert.HasFilesWithLineCounts(folder.Path, (before, 2), (after, 1));
    }

    static TimeZoneInfo CentralEuropean()
    {
        // Built here rather than read from tzdata, so the test does not depend on the machine.
        var start = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday);
        var end = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday);
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1), start, end);
        return TimeZoneInfo.CreateCustomTimeZone("Test/Central-European", TimeSpan.FromHours(1), "CET test", "CET", "CEST", [rule]);
    }

    [Fact]
    public void HourlyRollingAcrossTheAutumnDaylightSavingChangeNeitherDuplicatesNorSkipsNames()
    {
        using var folder = TempFolder.ForCaller();
        var zone = CentralEuropean();
        var clock = ClockAt(2026, 10, 25, 0, 0, zone);   // 03:00 CEST becomes 02:00 CET this night
        using (var log = new FileTestPipeline(folder.File("app.log"), o => o.RollingInterval = RollingInterval.Hour, clock))
        {
            for (var i = 0; i < 42; i++)   // seven hours of real time, one event every ten minutes
            {
                log.Logger.Information("Tick {Number}", i);
                clock.Advance(TimeSpan.FromMinutes(10));
            }
        }

        // Local hour 02 happens twice: its file holds both (12 events); every other hour holds six.
        DirectoryAssert.HasFilesWithLineCounts(folder.Path,
            ("app2026102500.log", 6), ("app2026102501.log", 6), ("app2026102502.log", 12),
            ("app2026102503.log", 6), ("app2026102504.log", 6), ("app2026102505.log", 6));
    }

    [Fact]
    public void HourlyRollingAcrossTheSpringDaylightSavingChangeHasNoFileForTheMissingHour()
    {
        using var folder = TempFolder.ForCaller();
        var zone = CentralEuropean();
        var clock = ClockAt(2026, 3, 29, 0, 0, zone);   // 02:00 CET becomes 03:00 CEST this night
        using (var log = new FileTestPipeline(folder.File("app.log"), o => o.RollingInterval = RollingInterval.Hour, clock))
        {
            for (var i = 0; i < 30; i++)   // five hours of real time
            {
                log.Logger.Information("Tick {Number}", i);
                clock.Advance(TimeSpan.FromMinutes(10));
            }
        }

        DirectoryAssert.HasFilesWithLineCounts(folder.Path,
            ("app2026032900.log", 6), ("app2026032901.log", 6), ("app2026032903.log", 6),
            ("app2026032904.log", 6), ("app2026032905.log", 6));
    }

    [Fact]
    public void DailyRollingHappensAtLocalMidnightByDefaultAndAtUtcMidnightWhenAsked()
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("Test/Plus10", TimeSpan.FromHours(10), "UTC+10", "UTC+10");

        using var local = TempFolder.ForCaller();
        var clock = ClockAt(2026, 11, 25, 23, 30, zone);   // 13:30 UTC
        using (var log = new FileTestPipeline(local.File("app.log"), o => o.RollingInterval = RollingInterval.Day, clock))
        {
            log.Logger.Information("local 23:30");
            clock.Advance(TimeSpan.FromHours(1));
            log.Logger.Information("local 00:30, still the 25th in UTC");
        }
        DirectoryAssert.HasFiles(local.Path, "app20261125.log", "app20261126.log");

        using var utc = TempFolder.ForCaller();
        clock = ClockAt(2026, 11, 25, 23, 30, zone);
        using (var log = new FileTestPipeline(utc.File("app.log"), o => { o.RollingInterval = RollingInterval.Day; o.RollOnLocalTime = false; }, clock))
        {
            log.Logger.Information("local 23:30");
            clock.Advance(TimeSpan.FromHours(1));
            log.Logger.Information("local 00:30, still the 25th in UTC");
        }
        DirectoryAssert.HasFilesWithLineCounts(utc.Path, ("app20261125.log", 2));
    }

    [Fact]
    public void AClockSetBackDoesNotReopenAnEarlierPeriod()
    {
        using var folder = TempFolder.ForCaller();
        var clock = new SettableClock(new DateTimeOffset(2026, 11, 26, 0, 1, 0, TimeSpan.Zero), TimeZoneInfo.Utc);
        using (var pipeline = TestPipeline.Create(clock: clock))
        {
            pipeline.AddFile(folder.File("app.log"), o => o.RollingInterval = RollingInterval.Day);
            pipeline.Logger.Information("the 26th");
            clock.UtcNow -= TimeSpan.FromMinutes(5);
            pipeline.Logger.Information("the clock went back to the 25th");
        }

        DirectoryAssert.HasFilesWithLineCounts(folder.Path, ("app20261126.log", 2));
    }

    [Fact]
    public void DailyNamesMatchSerilogSinksFileOnTheRealClock()
    {
        using var folder = TempFolder.ForCaller();
        var serilogFolder = folder.File("serilog");
        var logKitFolder = folder.File("logkit");
        // Serilog reads DateTime.Now; LogKit reads its clock, here the real one in local time.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        clock.SetLocalTimeZone(TimeZoneInfo.Local);
        if (DateTime.Now.Hour == 23 && DateTime.Now.Minute >= 59)
            Thread.Sleep(TimeSpan.FromSeconds(61));   // never straddle midnight between the two writers

        using (var serilog = new LoggerConfiguration()
                   .WriteTo.File(new CompactJsonFormatter(), Path.Combine(serilogFolder, "app.log"), rollingInterval: Serilog.RollingInterval.Day, fileSizeLimitBytes: 2000, rollOnFileSizeLimit: true)
                   .CreateLogger())
        using (var logKit = new FileTestPipeline(Path.Combine(logKitFolder, "app.log"), o => { o.RollingInterval = RollingInterval.Day; o.MaxFileSize = 2000; }, clock))
        {
            for (var i = 0; i < 100; i++)
            {
                serilog.Information("Order {OrderId}", 1000 + i);
                logKit.Logger.Information("Order {OrderId}", 1000 + i);
            }
        }

        LogFiles.Names(logKitFolder).Should().Equal(LogFiles.Names(serilogFolder)).And.HaveCountGreaterThan(2);
    }
}
