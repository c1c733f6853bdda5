using LogKit;
using LogKit.Cli.Reading;
using LogKit.Cli.Tests.Support;

namespace LogKit.Cli.Tests.Reading;

public sealed class LogSetTests
{
    static List<string> Names(LogSet set) => set.Files.Select(f => Path.GetFileName(f.Path)).ToList();

    /// <summary>Gives every file a modification time in the reverse of its true order: ordering must come from names.</summary>
    static void ScrambleModificationTimes(TempFolder folder)
    {
        var files = Directory.GetFiles(folder.Path).OrderBy(f => f, StringComparer.Ordinal).ToList();
        for (var i = 0; i < files.Count; i++)
            File.SetLastWriteTimeUtc(files[i], new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(-i));
    }

    [Fact]
    public void OrdersRollForwardSizeNamesWithArchivesOldestFirst()
    {
        using var folder = TempFolder.ForCaller();
        Clef.WriteFile(folder.File("app_002.log"), Enumerable.Range(20, 10));
        Clef.WriteFile(folder.File("app.log.gz"), Enumerable.Range(0, 10));
        Clef.WriteFile(folder.File("app_001.log.gz"), Enumerable.Range(10, 10));
        Clef.WriteFile(folder.File("app_010.log"), Enumerable.Range(30, 10));
        Clef.WriteFile(folder.File("other.log"), [99]);
        ScrambleModificationTimes(folder);

        var set = LogSet.ForBaseName(folder.File("app.log"));

        Names(set).Should().Equal("app.log.gz", "app_001.log.gz", "app_002.log", "app_010.log");
        set.IsStableActive.Should().BeFalse();
    }

    [Fact]
    public void OrdersIntervalAndIntervalPlusSizeNamesByPeriodThenSequence()
    {
        using var folder = TempFolder.ForCaller();
        Clef.WriteFile(folder.File("app20261125.log"), [3]);
        Clef.WriteFile(folder.File("app20261124_001.log.gz"), [2]);
        Clef.WriteFile(folder.File("app20261124.log.gz"), [1]);
        Clef.WriteFile(folder.File("app20261125_001.log"), [4]);
        Clef.WriteFile(folder.File("app20261201.log"), [5]);
        ScrambleModificationTimes(folder);

        Names(LogSet.ForBaseName(folder.File("app.log"))).Should().Equal(
            "app20261124.log.gz", "app20261124_001.log.gz", "app20261125.log", "app20261125_001.log", "app20261201.log");
    }

    [Fact]
    public void OrdersStableActiveNamesWithTheActiveFileLast()
    {
        using var folder = TempFolder.ForCaller();
        Clef.WriteFile(folder.File("app.log"), [5]);
        Clef.WriteFile(folder.File("app.1.log.gz"), [1]);
        Clef.WriteFile(folder.File("app.2.log.gz"), [2]);
        Clef.WriteFile(folder.File("app.10.log"), [4]);
        Clef.WriteFile(folder.File("app.3.log"), [3]);
        ScrambleModificationTimes(folder);

        var set = LogSet.ForBaseName(folder.File("app.log"));

        Names(set).Should().Equal("app.1.log.gz", "app.2.log.gz", "app.3.log", "app.10.log", "app.log");
        set.IsStableActive.Should().BeTrue();
    }

    [Fact]
    public void ListsAFileCaughtMidCompressionOnce()
    {
        using var folder = TempFolder.ForCaller();
        Clef.WriteFile(folder.File("app.log"), [0]);
        Clef.WriteFile(folder.File("app_001.log"), [1]);
        Clef.WriteFile(folder.File("app_001.log.gz"), [1]);
        Clef.WriteFile(folder.File("app_002.log"), [2]);

        Names(LogSet.ForBaseName(folder.File("app.log"))).Should().Equal("app.log", "app_001.log", "app_002.log");
    }

    [Fact]
    public void ReadsFilesTheFileSinkWroteInOrderAcrossRollsAndArchives()
    {
        using var folder = TempFolder.ForCaller();
        var path = folder.File("app.log");
        using (var pipeline = new LogPipeline())
        {
            pipeline.AddFile(path, o =>
            {
                o.MaxFileSize = 2_000;
                o.Compression = FileCompression.GZip;
                o.RetainedFileCount = null;
            });
            for (var i = 0; i < 300; i++)
                pipeline.Logger.Information("Event {Number}", i);
        }
        Directory.GetFiles(folder.Path, "*.gz").Should().NotBeEmpty();
        ScrambleModificationTimes(folder);

        var result = Tool.Run("query", path, "-o", "clef");

        Clef.Numbers(result.Out).Should().Equal(Enumerable.Range(0, 300));
        result.Error.Should().BeEmpty();
    }

    [Fact]
    public void ReadsStableActiveFilesTheFileSinkWroteInOrder()
    {
        using var folder = TempFolder.ForCaller();
        var path = folder.File("app.log");
        using (var pipeline = new LogPipeline())
        {
            pipeline.AddFile(path, o =>
            {
                o.MaxFileSize = 2_000;
                o.Naming = FileNaming.StableActive;
                o.Compression = FileCompression.GZip;
                o.RetainedFileCount = null;
            });
            for (var i = 0; i < 300; i++)
                pipeline.Logger.Information("Event {Number}", i);
        }
        Directory.GetFiles(folder.Path, "app.*.log.gz").Should().NotBeEmpty();
        ScrambleModificationTimes(folder);

        var result = Tool.Run("query", path, "-o", "clef");

        Clef.Numbers(result.Out).Should().Equal(Enumerable.Range(0, 300));
    }
}
