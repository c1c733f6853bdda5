using System.Text.Json;
using LogKit.Cli.Tests.Support;

namespace LogKit.Cli.Tests.Commands;

public sealed class TailCommandTests
{
    static List<long> Seqs(string clef) => clef.Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("Seq").GetInt64()).ToList();

    [Fact]
    public void PrintsTheLastEventsReachingBackIntoRolledFiles()
    {
        using var folder = TempFolder.ForCaller();
        Clef.WriteFile(folder.File("app.log.gz"), Enumerable.Range(0, 10));
        Clef.WriteFile(folder.File("app_001.log"), Enumerable.Range(10, 10));
        Clef.WriteFile(folder.File("app_002.log"), [20, 21]);

        Clef.Numbers(Tool.Run("tail", folder.File("app.log"), "-n", "4", "-o", "clef").Out).Should().Equal(18, 19, 20, 21);
        Clef.Numbers(Tool.Run("tail", folder.File("app.log"), "-n", "2", "--where", "@l = 'Error'", "-o", "clef").Out).Should().Equal(9, 19);
        Tool.Run("tail", folder.File("app.log")).OutLines.Should().HaveCount(10);
        Tool.Run("tail", folder.File("app.log"), "-n", "-1").ExitCode.Should().Be(2);
    }

    [Fact]
    public void MergesTheLogsOfAFolderByTime()
    {
        using var folder = TempFolder.ForCaller();
        // Two logs interleaved in time: api.log has the even seconds, web.log the odd ones.
        Clef.WriteFile(folder.File("api.log"), Enumerable.Range(0, 10).Where(i => i % 2 == 0));
        Clef.WriteFile(folder.File("web.log"), Enumerable.Range(0, 10).Where(i => i % 2 == 1));

        Clef.Numbers(Tool.Run("tail", folder.Path, "-n", "4", "-o", "clef").Out).Should().Equal(6, 7, 8, 9);
        Clef.Numbers(Tool.Run("tail", folder.Path, "-n", "20", "-o", "clef").Out).Should().Equal(Enumerable.Range(0, 10));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task FollowsAWriterInAnotherProcessAcrossRotationsWithoutMissingOrRepeating(bool stable)
    {
        using var folder = TempFolder.ForCaller();
        var path = folder.File("app.log");
        // Written before following starts: the backlog; -n 5 prints its last five.
        await LogWriterProcess.RunAsync(path, "20", "--seed", "1");
        var output = new SharedOutput();
        using var cancel = new CancellationTokenSource();
        var tail = Tool.RunAsync(new CliOptions { Out = output, TimeProvider = TimeProvider.System }, cancel.Token, "tail", "-f", path, "-n", "5", "-o", "clef");
        (await Eventually.TrueAsync(() => Seqs(output.Text()).Count == 5)).Should().BeTrue(output.Text());

        // ~25 events per 6 KB file: 300 events roll about ten times while the follower polls every 50 ms.
        var args = new List<string> { path, "300", "--max-size", "6000", "--every-ms", "3", "--seed", "2" };
        // RollForward with gzip: each rolled app_NNN.log is compressed to app_NNN.log.gz, maybe between the
        // follower listing the log and opening the file.
        args.Add(stable ? "--stable" : "--gzip");
        await LogWriterProcess.RunAsync([.. args]);
        var rolled = Directory.GetFiles(folder.Path).Length;
        rolled.Should().BeGreaterThan(3, "the writer rotated at least three times");

        (await Eventually.TrueAsync(() => Seqs(output.Text()).Count >= 305)).Should().BeTrue($"{Seqs(output.Text()).Count} events arrived");
        await Task.Delay(200);
        await cancel.CancelAsync();
        var result = await tail;

        result.ExitCode.Should().Be(0);
        Seqs(output.Text()).Should().Equal(Enumerable.Range(15, 5).Select(i => (long)i).Concat(Enumerable.Range(0, 300).Select(i => (long)i)));
        result.Error.Should().BeEmpty();
    }

    [Fact]
    public void FollowingStandardInputOrAFolderIsAUsageError()
    {
        using var folder = TempFolder.ForCaller();

        Tool.Run("tail", "-f", "-").ExitCode.Should().Be(2);
        Tool.Run("tail", "-f", folder.Path).ExitCode.Should().Be(2);
    }
}
