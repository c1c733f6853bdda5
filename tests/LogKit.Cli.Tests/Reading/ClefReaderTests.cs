using System.IO.Compression;
using System.Text;
using LogKit.Cli.Reading;
using LogKit.Cli.Tests.Support;

namespace LogKit.Cli.Tests.Reading;

[Collection(ProcessWideMeasurement.Name)]
public sealed class ClefReaderTests
{
    [Fact]
    public void ATornLastLineIsReportedOnceWithFileAndLineAndSkipped()
    {
        using var folder = TempFolder.ForCaller();
        Clef.WriteText(folder.File("app.log"), Clef.Events([0, 1]) + Clef.Event(2)[..30]);
        Clef.WriteFile(folder.File("app_001.log"), [3]);

        var result = Tool.Run("query", folder.File("app.log"), "-o", "clef");

        result.ExitCode.Should().Be(2, "as grep: the matches are printed, the damaged input still makes it an error");
        Clef.Numbers(result.Out).Should().Equal(0, 1, 3);
        result.ErrorLines.Should().ContainSingle().Which.Should().Contain("app.log:3").And.Contain("torn");
    }

    [Fact]
    public void GarbageLinesAreReportedWithFileAndLineAndSkipped()
    {
        using var folder = TempFolder.ForCaller();
        Clef.WriteText(folder.File("app.log"), Clef.Events([0]) + "hello world\n" + Clef.Events([1]) + "{\"no\":\"timestamp\"}\n" + "{\"@t\":\"yesterday\",\"@mt\":\"x\"}\n" + Clef.Events([2]));

        var result = Tool.Run("query", folder.File("app.log"), "--where", "Number >= 0", "-o", "clef");

        Clef.Numbers(result.Out).Should().Equal(0, 1, 2);
        result.ErrorLines.Should().HaveCount(3);
        result.ErrorLines[0].Should().Contain("app.log:2").And.Contain("hello world");
        result.ErrorLines[1].Should().Contain("app.log:4");
        result.ErrorLines[2].Should().Contain("app.log:5");
        result.ExitCode.Should().Be(2);
    }

    [Fact]
    public void ManyBadLinesInOneFileAreCountedAfterTheFirstFew()
    {
        using var folder = TempFolder.ForCaller();
        Clef.WriteText(folder.File("app.log"), Clef.Events([0]) + string.Concat(Enumerable.Repeat("junk\n", 50)) + Clef.Events([1]));

        var result = Tool.Run("query", folder.File("app.log"), "-o", "clef");

        Clef.Numbers(result.Out).Should().Equal(0, 1);
        result.ErrorLines.Should().HaveCount(4);
        result.ErrorLines[^1].Should().Contain("47 more invalid lines skipped (50 in all)");
    }

    [Fact]
    public void ReadsAFileCompressedBetweenListingAndReadingFromItsArchive()
    {
        using var folder = TempFolder.ForCaller();
        var plain = Clef.WriteFile(folder.File("app_001.log"), [0, 1, 2]);
        var listed = LogFile.FromPath(plain);
        // The sink's archiver: app_001.log becomes app_001.log.gz after the log was listed.
        Clef.WriteFile(plain + ".gz", [0, 1, 2]);
        File.Delete(plain);
        var problems = new List<ReadProblem>();
        var reader = new ClefReader(new ReadProblemReporter(problems.Add));

        var lines = reader.ReadLines(listed).Select(l => Encoding.UTF8.GetString(l.Bytes.Span)).ToList();

        Clef.Numbers(string.Join("\n", lines)).Should().Equal(0, 1, 2);
        problems.Should().BeEmpty();
    }

    [Fact]
    public void ATruncatedArchiveKeepsItsEventsBeforeTheDamageAndReportsIt()
    {
        using var folder = TempFolder.ForCaller();
        var archive = Clef.WriteFile(folder.File("app.log.gz"), Enumerable.Range(0, 5000));
        var bytes = File.ReadAllBytes(archive);
        File.WriteAllBytes(archive, bytes[..(bytes.Length / 2)]);
        Clef.WriteFile(folder.File("app_001.log"), [5000]);

        var result = Tool.Run("query", folder.File("app.log"), "-o", "clef");

        var numbers = Clef.Numbers(result.Out);
        numbers.Should().HaveCountGreaterThan(100).And.BeInAscendingOrder();
        numbers[^1].Should().Be(5000);
        result.Error.Should().Contain("app.log.gz").And.Contain("damaged archive");
        result.ExitCode.Should().Be(2, "events were lost to the damage");
    }

    [Fact]
    public void AFileThatIsNotClefIsReportedOnceAndSkipped()
    {
        using var folder = TempFolder.ForCaller();
        File.WriteAllText(folder.File("notes.txt"), string.Concat(Enumerable.Range(0, 1000).Select(i => $"line {i} of plain text\n")));
        Clef.WriteFile(folder.File("app.log"), [0, 1]);

        var result = Tool.Run("query", folder.Path, "-o", "clef");

        Clef.Numbers(result.Out).Should().Equal(0, 1);
        result.ErrorLines.Should().ContainSingle().Which.Should().Contain("notes.txt").And.Contain("not a CLEF file");
        result.ExitCode.Should().Be(2);
    }

    [Fact]
    public void AnUnreadableFileIsReportedAndTheRestRead()
    {
        // Tests run as root, where permissions do not stop reads: a dangling link cannot be opened by anyone.
        using var folder = TempFolder.ForCaller();
        Clef.WriteFile(folder.File("app.log"), [0]);
        File.CreateSymbolicLink(folder.File("app_001.log"), folder.File("gone/nowhere.log"));
        Clef.WriteFile(folder.File("app_002.log"), [2]);

        var result = Tool.Run("query", folder.File("app.log"), "-o", "clef");

        Clef.Numbers(result.Out).Should().Equal(0, 2);
        result.ErrorLines.Should().ContainSingle().Which.Should().Contain("app_001.log").And.Contain("cannot be read");
    }

    [Fact]
    public void AFolderOfThousandsOfFilesIsReadInOrder()
    {
        using var folder = TempFolder.ForCaller();
        for (var i = 0; i < 3000; i++)
            Clef.WriteFile(folder.File(i == 0 ? "app.log" : $"app_{i:000}.log"), [i]);

        var result = Tool.Run("query", folder.Path, "-o", "clef");

        Clef.Numbers(result.Out).Should().Equal(Enumerable.Range(0, 3000));
        result.Error.Should().BeEmpty();
    }

    [Fact]
    public void AHugeLineIsReportedAndSkippedWithoutHoldingIt()
    {
        using var folder = TempFolder.ForCaller();
        var path = folder.File("app.log");
        using (var file = File.Create(path))
        {
            file.Write(Encoding.UTF8.GetBytes(Clef.Events([0])));
            file.Write(Encoding.UTF8.GetBytes("{\"@t\":\"2026-11-25T10:00:01Z\",\"@mt\":\"big\",\"Blob\":\""));
            var chunk = new byte[1024 * 1024];
            chunk.AsSpan().Fill((byte)'x');
            for (var i = 0; i < 50; i++)
                file.Write(chunk);
            file.Write(Encoding.UTF8.GetBytes("\"}\n" + Clef.Events([2])));
        }

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var result = Tool.Run("query", path, "-o", "clef", "--max-line-bytes", "1048576");
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Clef.Numbers(result.Out).Should().Equal(0, 2);
        result.ErrorLines.Should().ContainSingle().Which.Should().Contain("app.log:2").And.Contain("longer than 1048576 bytes");
        allocated.Should().BeLessThan(8L * 1024 * 1024, "the 50 MB line streams past a buffer bounded by the 1 MB limit");

        // With the default 16 MB limit too.
        var byDefault = Tool.Run("query", path, "-o", "clef");
        Clef.Numbers(byDefault.Out).Should().Equal(0, 2);
        byDefault.ErrorLines.Should().ContainSingle().Which.Should().Contain("app.log:2");
    }

    [Fact]
    public void ALineOverALowLimitIsSkippedAndCounted()
    {
        var problems = new List<ReadProblem>();
        var reader = new ClefReader(new ReadProblemReporter(problems.Add), new ReadOptions { MaxLineBytes = 1024 });
        using var folder = TempFolder.ForCaller();
        var path = Clef.WriteText(folder.File("app.log"), Clef.Events([0]) + Clef.Event(1, extra: ",\"Pad\":\"" + new string('p', 5000) + "\"") + "\n" + Clef.Events([2]));

        var lines = reader.ReadLines(LogFile.FromPath(path)).Select(l => l.LineNumber).ToList();

        lines.Should().Equal(1, 3);
        problems.Should().ContainSingle().Which.Should().Be(new ReadProblem(path, 2, ReadProblemKind.LineTooLong, "line longer than 1024 bytes skipped"));
    }

    [Fact]
    public void MemoryStaysFlatOverAManyMegabyteArchive()
    {
        using var folder = TempFolder.ForCaller();
        var path = folder.File("app.log.gz");
        using (var file = File.Create(path))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        {
            for (var i = 0; i < 200_000; i++)
                gzip.Write(Encoding.UTF8.GetBytes(Clef.Event(i) + "\n"));
        }
        var reader = new ClefReader(ReadProblemReporter.Ignore());

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var count = reader.ReadLines(LogFile.FromPath(path)).Count();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        count.Should().Be(200_000);
        var content = 200_000L * (Clef.Event(100_000).Length + 1);
        allocated.Should().BeLessThan(content / 3, "lines are slices of one reused buffer, not copies of the {0} bytes read", content);
    }
}
