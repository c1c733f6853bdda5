namespace LogKit.Cli.Commands;

/// <summary>What a command runs against: its streams, whether they are terminals, the clock. Tests build one with in-memory streams.</summary>
internal sealed class CliContext
{
    public required Stream Out { get; init; }

    public required TextWriter Error { get; init; }

    public Func<Stream> In { get; init; } = Console.OpenStandardInput;

    public bool OutIsTerminal { get; init; }

    public bool ErrorIsTerminal { get; init; }

    public bool NoColor { get; init; }

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    public static CliContext ForConsole() => new()
    {
        Out = Console.OpenStandardOutput(),
        Error = Console.Error,
        OutIsTerminal = !Console.IsOutputRedirected,
        ErrorIsTerminal = !Console.IsErrorRedirected,
        NoColor = Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 },
    };
}
