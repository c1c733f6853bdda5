using System.Globalization;
using LogKit.Soak;

// The soak run (tests/soak/soak.sh, and a 60-second version in the test suite) and the child
// processes of the shutdown tests. Usage:
//   soak --seconds N --out DIR [--tmpfs DIR] [--rate EVENTS_PER_SECOND]
//   exit-return|exit-environment|exit-unhandled|exit-sigterm --file PATH --count N [--shutdown-timeout SECONDS]
var mode = args.Length > 0 ? args[0] : "";

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

int Number(string name, int fallback) => Option(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

switch (mode)
{
    case "soak":
        var settings = new SoakSettings(
            TimeSpan.FromSeconds(Number("--seconds", 600)),
            Option("--out") ?? "artifacts/soak",
            Option("--tmpfs"),
            Number("--rate", 500));
        return await SoakRun.RunAsync(settings);

    case ExitScenarios.Return:
    case ExitScenarios.EnvironmentExit:
    case ExitScenarios.Unhandled:
    case ExitScenarios.Terminated:
        return ExitScenarios.Run(mode, Option("--file")!, Number("--count", 2000), TimeSpan.FromSeconds(Number("--shutdown-timeout", 2)));

    default:
        Console.Error.WriteLine($"unknown mode '{mode}'");
        return 2;
}
