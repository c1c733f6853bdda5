using System.Diagnostics;
using LogKit.TestApp;
using LogKit.Tests.Support;

namespace LogKit.Tests.Sinks.File;

/// <summary>File sink behaviour that needs real processes: a kill, an exit, two writers.</summary>
public class ProcessTests
{
    [Fact]
    public async Task AProcessKilledWhileLoggingLeavesOnlyWholeLinesButPerhapsTheLast()
    {
        if (OperatingSystem.IsWindows())
            return;   // SIGKILL is a Unix signal
        using var folder = TempFolder.ForCaller();
        var path = folder.File("app.log");

        for (var run = 0; run < 3; run++)
        {
            using var child = Process.Start(ChildProcess.StartInfo([Scenarios.FileLoop, path, "0", "--max-size", "300000", "--id", "run" + run]))!;
            await WaitForLinesAsync(folder.Path, 5000 * (run + 1));
            child.Kill();   // SIGKILL: no exit hook, no flush
            await child.WaitForExitAsync();
        }

        // Every line is a whole event or a torn one (cut short by a kill); none is corrupt, and the
        // restarts appended whole events after each torn line.
        var invalid = new List<InvalidClefLine>();
        var events = ClefFile.ListLogFiles(path).SelectMany(f => ClefFile.ReadEvents(f, invalid.Add)).ToList();
        events.Should().HaveCountGreaterThanOrEqualTo(15000);
        invalid.Where(l => !l.IsTorn).Should().BeEmpty();
        invalid.Should().HaveCountLessThanOrEqualTo(3, "at most one torn line per kill");
        foreach (var file in LogFiles.Paths(folder.Path))
        {
            var lines = LogFiles.ReadLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var parse = () => LogFiles.ParseClef(lines[i]);
                if (!invalid.Any(l => l.Path == file && l.LineNumber == i + 1))
                    parse.Should().NotThrow("line {0} of {1} is not torn", i + 1, file);
            }
        }
    }

    [Fact]
    public async Task AProcessThatExitsWithoutFlushingLeavesEveryEventOnDisk()
    {
        using var folder = TempFolder.ForCaller();
        var result = await ChildProcess.RunAsync([Scenarios.FileLoop, folder.File("app.log"), "20000", "--max-size", "500000"]);

        result.ExitCode.Should().Be(0, result.StandardError);
        var numbers = LogFiles.ReadAllLines(folder.Path).Select(l => LogFiles.ParseClef(l).GetProperty("Number").GetInt32());
        numbers.Should().BeEquivalentTo(Enumerable.Range(0, 20000));
    }

    [Fact]
    public async Task TwoProcessesSharingAFileInterleaveWholeLinesAndLoseNone()
    {
        const int perProcess = 20_000;
        using var folder = TempFolder.ForCaller();
        var path = folder.File("shared.log");

        var runs = await Task.WhenAll(
            ChildProcess.RunAsync([Scenarios.FileLoop, path, perProcess.ToString(System.Globalization.CultureInfo.InvariantCulture), "--shared", "--max-size", "400000", "--id", "a"]),
            ChildProcess.RunAsync([Scenarios.FileLoop, path, perProcess.ToString(System.Globalization.CultureInfo.InvariantCulture), "--shared", "--max-size", "400000", "--id", "b"]));

        runs.Should().OnlyContain(r => r.ExitCode == 0);
        var events = LogFiles.ReadAllLines(folder.Path).Select(LogFiles.ParseClef)
            .Select(e => (Process: e.GetProperty("Process").GetString(), Number: e.GetProperty("Number").GetInt32()))
            .ToList();
        events.Should().OnlyHaveUniqueItems();
        events.Where(e => e.Process == "a").Select(e => e.Number).Should().BeEquivalentTo(Enumerable.Range(0, perProcess));
        events.Where(e => e.Process == "b").Select(e => e.Number).Should().BeEquivalentTo(Enumerable.Range(0, perProcess));
        LogFiles.Names(folder.Path).Should().HaveCountGreaterThan(1, "the processes rolled the shared file together");
    }

    [Fact]
    public async Task ASecondProcessWritingTheSameFileWithoutSharedIsRefusedWithTheFirstsProcessId()
    {
        using var folder = TempFolder.ForCaller();
        var path = folder.File("app.log");
        using var first = Process.Start(ChildProcess.StartInfo([Scenarios.FileLoop, path, "0", "--id", "first"]))!;
        try
        {
            (await first.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60))).Should().Be("started");

            var second = await ChildProcess.RunAsync([Scenarios.FileLoop, path, "100", "--id", "second"]);

            second.ExitCode.Should().NotBe(0);
            second.StandardError.Should().Contain($"'{path}' is already written by another process (process id {first.Id})")
                .And.Contain("Shared = true");
            second.StandardOutput.Should().NotContain("started");
        }
        finally
        {
            first.Kill();
            await first.WaitForExitAsync();
        }

        // The killed first writer may have left a torn last line, so lines are searched, not parsed.
        LogFiles.ReadAllLines(folder.Path).Should().NotBeEmpty().And.NotContain(l => l.Contains("\"second\"", StringComparison.Ordinal));
    }

    static async Task WaitForLinesAsync(string folder, int lines)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var count = LogFiles.Paths(folder).Sum(f => LogFiles.ReadText(f).Count(c => c == '\n'));
            if (count >= lines)
                return;
            await Task.Delay(20);
        }
        throw new TimeoutException($"The child did not write {lines} lines in time.");
    }
}
