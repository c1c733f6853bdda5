using System.Text;
using LogKit.Cli.Reading;
using LogKit.Cli.Tests.Support;
using LogKit.Testing;
using Microsoft.Extensions.Time.Testing;

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

    static (Task Task, CancellationTokenSource Cancel, Collected Collected) Follow(string path, LogFollowerOptions? options = null)
    {
        var collected = new Collected();
        var reader = new ClefReader(new ReadProblemReporter(p =>
        {
            lock (collected.Problems)
                collected.Problems.Add(p);
        }));
        var follower = new LogFollower(path, reader, options ?? new LogFollowerOptions { PollInterval = TimeSpan.FromMilliseconds(20) });
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

    /// <summary>Runs its action once, at the first call after it is armed (from the follower's poll).</summary>
    sealed class ArmedAction(Action action)
    {
        int _armed;

        public bool Fired => Volatile.Read(ref _armed) == 0;

        public void Arm() => Volatile.Write(ref _armed, 1);

        public void RunIfArmed()
        {
            if (Interlocked.Exchange(ref _armed, 0) == 1)
                action();
        }
    }

    /// <summary>
    /// Follows app.log [0] polling only when the test advances the clock, with <paramref name="afterListing"/>
    /// run after each listing; returns once the backlog is read.
    /// </summary>
    static async Task<(FakeTimeProvider Clock, Task Task, CancellationTokenSource Cancel, Collected Collected)> FollowBacklogOfOne(TempFolder folder, ArmedAction afterListing)
    {
        var clock = new FakeTimeProvider();
        var path = Clef.WriteFile(folder.File("app.log"), [0]);
        var options = new LogFollowerOptions { PollInterval = TimeSpan.FromSeconds(1), TimeProvider = clock, AfterListing = afterListing.RunIfArmed };
        var (task, cancel, collected) = Follow(path, options);
        (await Eventually.TrueAsync(() => collected.Count == 1)).Should().BeTrue();
        return (clock, task, cancel, collected);
    }

    /// <summary>Advances the clock one poll at a time until <paramref name="condition"/> holds (or 5 s pass).</summary>
    static async Task<bool> PollUntil(FakeTimeProvider clock, Func<bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(5);
        while (!condition() && DateTime.UtcNow < until)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(10);
        }
        return condition();
    }

    /// <summary>Rolls app.log to <paramref name="rolledName"/> (stable naming) and starts a new app.log with <paramref name="numbers"/>.</summary>
    static void Roll(TempFolder folder, string rolledName, int[] numbers)
    {
        File.Move(folder.File("app.log"), folder.File(rolledName));
        Clef.WriteFile(folder.File("app.log"), numbers);
    }

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
    public async Task ARollBetweenListingAndOpeningDoesNotSkipTheFileInBetween()
    {
        using var folder = TempFolder.ForCaller();
        // Fired just after the follower listed app.1.log and app.log [2, 3]: app.log rolls again before it is opened.
        var rollAgain = new ArmedAction(() => Roll(folder, "app.2.log", [4]));
        var (clock, task, cancel, collected) = await FollowBacklogOfOne(folder, rollAgain);

        Roll(folder, "app.1.log", [2, 3]);
        File.AppendAllText(folder.File("app.1.log"), Clef.Events([1]));
        rollAgain.Arm();

        (await PollUntil(clock, () => collected.Count >= 5)).Should().BeTrue($"{collected.Count}");
        await cancel.CancelAsync();
        await task;

        collected.Numbers.Should().Equal(0, 1, 2, 3, 4);
    }

    [Fact]
    public async Task AFileRenamedBetweenListingAndProbingIsNotReadAgainFromItsStart()
    {
        using var folder = TempFolder.ForCaller();
        // Fired just after the follower listed app.log (the file it follows): it moves before it is probed.
        var roll = new ArmedAction(() =>
        {
            File.Move(folder.File("app.log"), folder.File("app.1.log"));
            File.AppendAllText(folder.File("app.1.log"), Clef.Events([1]));
        });
        var (clock, task, cancel, collected) = await FollowBacklogOfOne(folder, roll);

        roll.Arm();
        (await PollUntil(clock, () => roll.Fired && collected.Count >= 2)).Should().BeTrue($"{collected.Count}");
        // A few polls with only app.1.log there: a follower that lost its place would read it again from its start.
        for (var i = 0; i < 3; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(20);
        }
        Clef.WriteFile(folder.File("app.log"), [2]);
        (await PollUntil(clock, () => collected.Count >= 3)).Should().BeTrue($"{collected.Count}");
        await cancel.CancelAsync();
        await task;

        collected.Numbers.Should().Equal(0, 1, 2);
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
