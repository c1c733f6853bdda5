using LogKit;
using LogKit.TestApp;
using Serilog.Events;

// Scenarios run by LogKit.Tests in a child process. Each writes through the static Log facade,
// as an application would, and then returns without flushing unless the scenario says so.
var scenario = args.Length > 0 ? args[0] : "";
var count = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 1000;

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

switch (scenario)
{
    case Scenarios.ConsoleExitWithoutFlush:
        for (var i = 0; i < count; i++)
            Log.Information("Event {Number}", i);
        return 0;   // no CloseAndFlush: the process-exit hook must write everything

    case Scenarios.ConsoleColours:
        Log.RemoveAllSinks();
        Log.AddConsole(o =>
        {
            o.ApplyThemeToRedirectedOutput = args.Contains("--force-colour");
            o.Theme = Serilog.Sinks.SystemConsole.Themes.AnsiConsoleTheme.Code;
            o.StandardErrorFromLevel = args.Contains("--stderr") ? LogEventLevel.Warning : null;
        });
        Log.Information("Plain {Value}", 42);
        Log.Warning("Watch {Thing}", "out");
        Log.CloseAndFlush();
        return 0;

    case Scenarios.UnhandledException:
        for (var i = 0; i < count; i++)
            Log.Information("Event {Number}", i);
        throw new InvalidOperationException("crash");

    case Scenarios.FileLoop:
    {
        // file-loop <path> <count, 0 = until killed> [--shared] [--max-size N] [--id X]
        var path = args[1];
        var total = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
        var id = Option("--id") ?? "p";
        Log.RemoveAllSinks();
        Log.AddFile(path, o =>
        {
            o.Shared = args.Contains("--shared");
            o.MaxFileSize = Option("--max-size") is { } max ? long.Parse(max, System.Globalization.CultureInfo.InvariantCulture) : null;
            o.RetainedFileCount = null;
        });
        Console.WriteLine("started");
        for (var i = 0; total == 0 || i < total; i++)
        {
            Log.Information("Event {Process} {Number} {Padding}", id, i, "........................................");
            if (i == 1000)
                Log.Flush();   // the parent waits for lines on disk before it kills
        }
        return 0;   // exit without flushing: the process-exit hook writes the rest
    }

    case Scenarios.SigTerm:
        // sigterm <path> <count> [--private]
        return SignalScenarios.LogThenTerminate(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), args.Contains("--private"));

    case Scenarios.HostSigTerm:
        // host-sigterm <path> <count>
        return await SignalScenarios.HostLogThenTerminate(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));

    default:
        Console.Error.WriteLine($"unknown scenario '{scenario}'");
        return 2;
}
