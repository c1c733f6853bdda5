namespace LogKit.TestApp;

/// <summary>The scenario names the tests pass as the first argument.</summary>
public static class Scenarios
{
    public const string ConsoleExitWithoutFlush = "console-exit-without-flush";
    public const string ConsoleColours = "console-colours";
    public const string UnhandledException = "unhandled-exception";
    public const string FileLoop = "file-loop";
    public const string SigTerm = "sigterm";
    public const string HostSigTerm = "host-sigterm";
}
