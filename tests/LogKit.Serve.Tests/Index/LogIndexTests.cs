using LogKit.Cli.Reading;
using LogKit.Cli.Serve;
using LogKit.Cli.Serve.Index;
using LogKit.Serve.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace LogKit.Serve.Tests.Index;

public sealed class LogIndexTests : IDisposable
{
    readonly TempFolder _folder = TempFolder.ForCaller();
    readonly List<ReadProblem> _problems = [];

    public void Dispose() => _folder.Dispose();

    static string Lines(int from, int to, int secondsApart = 1)
        => string.Concat(Enumerable.Range(from, to - from).Select(n => LogFolder.Make(n, LogFolder.Start.AddSeconds(n * secondsApart)).Line + "\n"));

    LogIndex Create(string path, TimeProvider? time = null)
        => new(() => ServedFiles.List([path]), time ?? TimeProvider.System, TimeSpan.FromSeconds(1), p => { lock (_problems) _problems.Add(p); });

    [Fact]
    public async Task LooksAtTheFilesAgainOnlyWhenTheRefreshIntervalHasPassedOnItsClock()
    {
        var log = _folder.File("app.log");
        await File.WriteAllTextAsync(log, Lines(0, 10));
        var clock = new FakeTimeProvider();
        var index = Create(log, clock);
        (await index.GetAsync()).EventCount.Should().Be(10);

        await File.AppendAllTextAsync(log, Lines(10, 15));
        clock.Advance(TimeSpan.FromMilliseconds(999));
        (await index.GetAsync()).EventCount.Should().Be(10);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        (await index.GetAsync()).EventCount.Should().Be(15);
    }

    [Fact]
    public void KeepsOffsetsNotEventsOneChunkPerFileAndMinute()
    {
        // 600 events 1 s apart: ten minutes, in two files.
        File.WriteAllText(_folder.File("app.log"), Lines(0, 300));
        File.WriteAllText(_folder.File("app_001.log"), Lines(300, 600));
        var index = Create(_folder.File("app.log"));

        var snapshot = index.Refresh();

        snapshot.EventCount.Should().Be(600);
        snapshot.Chunks.Should().HaveCount(10);
        snapshot.Chunks.Should().OnlyContain(c => c.MaxTicks - c.Cell < LogIndex.Cell && c.MinTicks >= c.Cell && c.Stats.Total == 60);
        snapshot.Chunks.Select(c => c.MaxTicks).Should().BeInDescendingOrder();
    }

    [Fact]
    public void RecognisesARenamedOrArchivedFileByItsFirstLineAndDoesNotReadItAgain()
    {
        File.WriteAllText(_folder.File("app.log"), Lines(0, 200));
        var index = Create(_folder.File("app.log"));
        var before = index.Refresh().Chunks.Select(c => c.Sequence).ToList();

        File.Move(_folder.File("app.log"), _folder.File("app.1.log"));
        File.WriteAllText(_folder.File("app.log"), Lines(200, 230));
        var after = index.Refresh();

        after.EventCount.Should().Be(230);
        after.Chunks.Where(c => c.File.Location.Path.EndsWith("app.1.log", StringComparison.Ordinal)).Select(c => c.Sequence)
            .Should().BeEquivalentTo(before, "the renamed file keeps its chunks");

        using (var gz = new System.IO.Compression.GZipStream(File.Create(_folder.File("app.1.log.gz")), System.IO.Compression.CompressionLevel.Fastest))
            gz.Write(File.ReadAllBytes(_folder.File("app.1.log")));
        File.Delete(_folder.File("app.1.log"));
        var archived = index.Refresh();

        archived.EventCount.Should().Be(230);
        archived.Chunks.Where(c => c.File.Location.IsArchive).Select(c => c.Sequence).Should().BeEquivalentTo(before);
        _problems.Should().BeEmpty();
    }

    [Fact]
    public void DropsTheFilesRetentionDeleted()
    {
        File.WriteAllText(_folder.File("app.log"), Lines(0, 100));
        File.WriteAllText(_folder.File("app_001.log"), Lines(100, 150));
        var index = Create(_folder.File("app.log"));
        index.Refresh().EventCount.Should().Be(150);

        File.Delete(_folder.File("app.log"));

        index.Refresh().EventCount.Should().Be(50);
    }

    [Fact]
    public void AFileThatIsNotClefIsReportedOnceAndSkipped()
    {
        File.WriteAllText(_folder.File("app.log"), Lines(0, 5));
        File.WriteAllText(_folder.File("readme.log"), string.Concat(Enumerable.Range(0, 50).Select(i => $"plain text line {i}\n")));
        var index = Create(_folder.Path);

        var snapshot = index.Refresh();

        snapshot.EventCount.Should().Be(5);
        _problems.Where(p => p.Path.EndsWith("readme.log", StringComparison.Ordinal)).Should().ContainSingle().Which.Kind.Should().Be(ReadProblemKind.NotClef);
    }

    [Fact]
    public async Task ALastLineStillBeingWrittenIsReadOnceItsNewlineArrives()
    {
        var log = _folder.File("app.log");
        var full = Lines(0, 3);
        await File.WriteAllTextAsync(log, full[..^20]);
        var index = Create(log);
        index.Refresh().EventCount.Should().Be(2);

        await File.AppendAllTextAsync(log, full[^20..]);

        index.Refresh().EventCount.Should().Be(3);
        _problems.Should().BeEmpty("a line still being written is not a problem");
    }
}
