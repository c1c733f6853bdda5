using LogKit;
using LogKit.TestApp;
using Serilog.Events;

// Scenarios run by LogKit.Tests in a child process. Each writes through the static Log facade,
// as an application would, and then returns without flushing unless the scenario says so.
var scenario = args.Length > 0 ? args[0] : "";
var count = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 1000;

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

    default:
        Console.Error.WriteLine($"unknown scenario '{scenario}'");
        return 2;
}
