using System.Text;
using LogKit.Cli.Reading;
using LogKit.Cli.Tests.Support;

namespace LogKit.Cli.Tests.Reading;

public sealed class LogFollowerTests
{
    sealed class Collected
    {
        public List<int> Numbers { get; } = [];

        public List<FollowedLineKind> Kinds { get; } = [];

        public List<ReadProblem> Problems { get; } = [];

        public int Count
        {
            get
            {
                lock (Numbers)
                    return Numbers.Count;
            }
        }
    }

    static (Task Task, CancellationTokenSource Cancel, Collected Collected) Follow(string path)
    {
        var collected = new Collected();
        var reader = new ClefReader(new ReadProblemReporter(p =>
        {
            lock (collected.Problems)
                collected.Problems.Add(p);
        }));
        var follower = new LogFollower(path, reader, new LogFollowerOptions { PollInterval = TimeSpan.FromMilliseconds(20) });
        var cancel = new CancellationTokenSource();
        var task = Task.Run(async () =>
        {
            await foreach (var line in follower.FollowAsync(cancel.Token))
            {
                lock (collected.Numbers)
                {
                    collected.Kinds.Add(line.Kind);
                    if (line.Kind != FollowedLineKind.CaughtUp)
                        collected.Numbers.Add(Clef.Numbers(Encoding.UTF8.GetString(line.Line.Bytes.Span))[0]);
                }
            }
        });
        return (task, cancel, collected);
    }

    static void Append(string path, string text) => File.AppendAllText(path, text);

    [Fact]
    public async Task SurvivesTheFileBeingDeletedAndCreatedAgain()
    {
        using var folder = TempFolder.ForCaller();
        var path = Clef.WriteFile(folder.File("app.log"), [0, 1]);
        var (task, cancel, collected) = Follow(path);

        (await Eventually.TrueAsync(() => collected.Count == 2)).Should().BeTrue();
        Append(path, Clef.Events([2]));
        (await Eventually.TrueAsync(() => collected.Count == 3)).Should().BeTrue();
        File.Delete(path);
        await Task.Delay(100);
        Clef.WriteFile(path, [3, 4]);
        (await Eventually.TrueAsync(() => collected.Count == 5)).Should().BeTrue($"{collected.Count}");
        Append(path, Clef.Events([5]));
        (await Eventually.TrueAsync(() => collected.Count == 6)).Should().BeTrue();
        await cancel.CancelAsync();
        await task;

        collected.Numbers.Should().Equal(0, 1, 2, 3, 4, 5);
        collected.Kinds.Should().StartWith([FollowedLineKind.Backlog, FollowedLineKind.Backlog, FollowedLineKind.CaughtUp]);
        collected.Problems.Should().BeEmpty();
    }

    [Fact]
    public async Task FinishesARenamedStableActiveFileAndReadsRolledFilesItMissedInOrder()
    {
        using var folder = TempFolder.ForCaller();
        var path = Clef.WriteFile(folder.File("app.log"), [0]);
        var (task, cancel, collected) = Follow(path);
        (await Eventually.TrueAsync(() => collected.Count == 1)).Should().BeTrue();

        // Two rotations between polls: app.log -> app.1.log (gets its last line after the rename, through the
        // writer's open handle), then the next app.log -> app.2.log, then a new app.log.
        using (var writer = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
        {
            File.Move(path, folder.File("app.1.log"));
            writer.Write(Encoding.UTF8.GetBytes(Clef.Events([1])));
        }
        Clef.WriteFile(path, [2, 3]);
        File.Move(path, folder.File("app.2.log"));
        Clef.WriteFile(path, [4]);

        (await Eventually.TrueAsync(() => collected.Count == 5)).Should().BeTrue($"{collected.Count}");
        await cancel.CancelAsync();
        await task;

        collected.Numbers.Should().Equal(0, 1, 2, 3, 4);
    }

    [Fact]
    public async Task ReportsALineLeftUnfinishedWhenTheLogMovesOnAsTorn()
    {
        using var folder = TempFolder.ForCaller();
        var path = Clef.WriteFile(folder.File("app.log"), [0]);
        var (task, cancel, collected) = Follow(path);
        (await Eventually.TrueAsync(() => collected.Count == 1)).Should().BeTrue();

        Append(path, Clef.Event(1)[..20]);
        await Task.Delay(100);
        collected.Count.Should().Be(1, "an unfinished line is not handed out");
        Clef.WriteFile(folder.File("app_001.log"), [2]);

        (await Eventually.TrueAsync(() => collected.Count == 2)).Should().BeTrue();
        await cancel.CancelAsync();
        await task;

        collected.Numbers.Should().Equal(0, 2);
        collected.Problems.Should().ContainSingle().Which.Kind.Should().Be(ReadProblemKind.TornLine);
    }
}
