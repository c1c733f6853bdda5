using System.Diagnostics;
using LogKit.Reliability.Tests.Support;

namespace LogKit.Reliability.Tests.Shutdown;

/// <summary>
/// Each way a process ends — returning from Main, Environment.Exit, an unhandled exception, SIGTERM — flushes
/// within ShutdownTimeout and never hangs, even with a sink that cannot finish: the child logs to a
/// file and to a console whose output nobody reads (the pipe fills and the console sink blocks). The
/// file holds every event; the process ends within the 2-second shutdown timeout (plus a margin for
/// the runtime's own exit) of its last logging call, or of SIGTERM. (That SIGTERM loses nothing in the
/// ordinary case is TerminationSignalTests' job, in LogKit.Tests; this adds the stuck sink.)
/// </summary>
public class ProcessExitTests(Xunit.Abstractions.ITestOutputHelper output)
{
    const int Count = 2000;   // ~250 KB to the console: well past a 64 KB pipe, well under the 10,000-event queue
    static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(2);
    static readonly TimeSpan Margin = TimeSpan.FromSeconds(5);   // the runtime's own exit, on a busy 2-core machine

    [Theory]
    [InlineData("exit-return", 0)]
    [InlineData("exit-environment", 3)]
    [InlineData("exit-unhandled", 134)]
    [InlineData("exit-sigterm", 143)]
    public async Task EveryExitPathFlushesTheFileWithinTheShutdownTimeoutDespiteAStuckSink(string mode, int exitCode)
    {
        using var folder = TempFolder.ForCaller();
        var file = folder.File("app.log");
        using var process = Process.Start(SoakProcess.StartInfo([mode, "--file", file, "--count", Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--shutdown-timeout", ShutdownTimeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)]))!;
        // Standard output is never read: the console sink blocks once the pipe is full.
        var stderr = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            lock (stderr)
                stderr.AppendLine(e.Data);
        };
        process.BeginErrorReadLine();

        try
        {
            var waiting = Stopwatch.StartNew();
            while (!File.Exists(file + ".logged"))
            {
                if (waiting.Elapsed > TimeSpan.FromSeconds(60))
                    throw new TimeoutException($"the child did not finish logging within 60 s (exited: {process.HasExited}); stderr: {stderr}");
                await Task.Delay(10);
            }
            var exiting = Stopwatch.StartNew();
            if (mode == "exit-sigterm")
                Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
            await process.WaitForExitAsync().WaitAsync(ShutdownTimeout + Margin + TimeSpan.FromSeconds(10));
            exiting.Stop();
            output.WriteLine($"{mode}: exited {exiting.Elapsed.TotalSeconds:0.00} s after its last logging call");

            exiting.Elapsed.Should().BeLessThan(ShutdownTimeout + Margin, "the exit waits at most ShutdownTimeout for a stuck sink");
            if (mode is "exit-unhandled" or "exit-sigterm")
                process.ExitCode.Should().NotBe(0);
            else
                process.ExitCode.Should().Be(exitCode);
            var lines = File.ReadAllLines(file);
            lines.Should().HaveCount(Count, "the file sink flushed every event before the process ended; stderr: {0}", stderr);
            lines[^1].Should().Contain($"\"Number\":{Count - 1}");
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
    }
}
