using LogKit;

namespace LogKit.Soak;

/// <summary>
/// Child processes for the shutdown tests: each logs to a file and to a console whose output nobody
/// reads (the parent redirects standard output and never drains it, so the console sink blocks once
/// the pipe is full, as a stuck log shipper would), then ends its own way without flushing. The file
/// must hold every event and the process must end within the shutdown timeout.
/// </summary>
public static class ExitScenarios
{
    public const string Return = "exit-return";
    public const string EnvironmentExit = "exit-environment";
    public const string Unhandled = "exit-unhandled";
    public const string Terminated = "exit-sigterm";

    public static int Run(string mode, string file, int count, TimeSpan shutdownTimeout)
    {
        var pipeline = new LogPipeline(new LogPipelineOptions { ShutdownTimeout = shutdownTimeout });
        pipeline.AddFile(file, o => o.RetainedFileCount = null);
        pipeline.AddConsole(o => o.OutputTemplate = "{Message:lj} {Padding}{NewLine}");
        for (var i = 0; i < count; i++)
            pipeline.Logger.Information("Event {Number} {Padding}", i, new string('.', 100));

        // The parent times the exit from this marker. A file, not standard error: on Unix .NET serialises
        // writes to standard output and standard error under one lock, so with standard output blocked
        // a write to standard error blocks too.
        File.WriteAllText(file + ".logged", "logged");

        switch (mode)
        {
            case EnvironmentExit:
                Environment.Exit(3);
                return 3;
            case Unhandled:
                throw new InvalidOperationException("an unhandled exception ends the process");
            case Terminated:
                Thread.Sleep(Timeout.Infinite);   // the parent sends SIGTERM
                return 0;
            default:
                GC.KeepAlive(pipeline);
                return 0;   // no flush: the process-exit hook writes the rest
        }
    }
}
