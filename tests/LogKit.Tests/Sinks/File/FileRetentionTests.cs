using LogKit.Sinks.File;
using LogKit.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Serilog;

namespace LogKit.Tests.Sinks.File;

public class FileRetentionTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Files app.log (oldest) to app_00N.log (newest), each <paramref name="size"/> bytes, one day apart.</summary>
    static PathRoller Files(TempFolder folder, int count, int size = 10)
    {
        for (var i = 0; i < count; i++)
        {
            var path = folder.File(i == 0 ? "app.log" : $"app_{i:000}.log");
            System.IO.File.WriteAllText(path, new string('x', size));
            System.IO.File.SetLastWriteTimeUtc(path, Now.UtcDateTime.AddDays(i - count + 1));
        }
        return new PathRoller(folder.File("app.log"), RollingInterval.Infinite, FileNaming.RollForward);
    }

    static FileRetention Retention(PathRoller roller, int? count = null, TimeSpan? age = null, long? total = null)
        => new(roller, count, age, total, hooks: null, new FakeTimeProvider(Now));

    [Fact]
    public void KeepsTheNewestFilesUpToTheCount()
    {
        using var folder = TempFolder.ForCaller();
        var roller = Files(folder, 5);

        var deleted = Retention(roller, count: 2).Apply(folder.File("app_004.log"));

        deleted.Select(Path.GetFileName).Should().Equal("app.log", "app_001.log", "app_002.log");
        DirectoryAssert.HasFiles(folder.Path, "app_003.log", "app_004.log");
    }

    [Fact]
    public void DeletesFilesLastWrittenLongerAgoThanTheAge()
    {
        using var folder = TempFolder.ForCaller();
        var roller = Files(folder, 5);

        Retention(roller, age: TimeSpan.FromDays(2.5)).Apply(folder.File("app_004.log"));

        DirectoryAssert.HasFiles(folder.Path, "app_002.log", "app_003.log", "app_004.log");
    }

    [Fact]
    public void DeletesTheOldestWhileTheTotalIsOverTheLimit()
    {
        using var folder = TempFolder.ForCaller();
        var roller = Files(folder, 5, size: 100);

        Retention(roller, total: 250).Apply(folder.File("app_004.log"));

        DirectoryAssert.HasFiles(folder.Path, "app_003.log", "app_004.log");
    }

    [Fact]
    public void NeverDeletesTheActiveFileEvenWhenItIsTheOldest()
    {
        using var folder = TempFolder.ForCaller();
        var roller = Files(folder, 3, size: 100);

        Retention(roller, count: 1, age: TimeSpan.FromHours(1), total: 1).Apply(folder.File("app.log"));

        DirectoryAssert.HasFiles(folder.Path, "app.log");
    }

    [Fact]
    public void WithoutLimitsNothingIsDeleted()
    {
        using var folder = TempFolder.ForCaller();
        var roller = Files(folder, 3);

        var retention = Retention(roller);

        retention.IsEnabled.Should().BeFalse();
        retention.Apply(null).Should().BeEmpty();
        DirectoryAssert.HasFiles(folder.Path, "app.log", "app_001.log", "app_002.log");
    }

    [Fact]
    public void LeavesFilesThatAreNotThisLogsAlone()
    {
        using var folder = TempFolder.ForCaller();
        var roller = Files(folder, 3);
        System.IO.File.WriteAllText(folder.File("app.log.lock"), "1");
        System.IO.File.WriteAllText(folder.File("other.log"), "x");

        Retention(roller, count: 1).Apply(folder.File("app_002.log"));

        Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).Should().Equal("app.log.lock", "app_002.log", "other.log");
    }
}
