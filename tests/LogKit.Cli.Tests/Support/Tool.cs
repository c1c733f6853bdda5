using System.Text;
using LogKit.Cli.Commands;
using Microsoft.Extensions.Time.Testing;

namespace LogKit.Cli.Tests.Support;

/// <summary>The result of running the tool in-process.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Runs <c>logkit</c> in-process with captured output, as the console entry point does.</summary>
public static class Tool
{
    public static CliResult Run(params string[] args) => Run(new CliOptions(), args);

    public static CliResult Run(CliOptions options, params string[] args)
        => RunAsync(options, CancellationToken.None, args).GetAwaiter().GetResult();

    public static async Task<CliResult> RunAsync(CliOptions options, CancellationToken cancellationToken, params string[] args)
    {
        var output = options.Out ?? new MemoryStream();
        var error = new StringWriter();
        var context = new CliContext
        {
            Out = output,
            Error = TextWriter.Synchronized(error),
            In = () => new MemoryStream(Encoding.UTF8.GetBytes(options.Stdin ?? "")),
            OutIsTerminal = options.OutIsTerminal,
            ErrorIsTerminal = options.ErrorIsTerminal,
            NoColor = options.NoColor,
            TimeProvider = options.TimeProvider ?? new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero)),
            PollInterval = options.PollInterval,
        };
        var code = await LogKitCli.RunAsync(args, context, cancellationToken);
        var text = output is MemoryStream memory ? Encoding.UTF8.GetString(memory.ToArray()) : "";
        return new CliResult(code, text, error.ToString());
    }
}

public sealed class CliOptions
{
    public string? Stdin { get; init; }

    public bool OutIsTerminal { get; init; }

    public bool ErrorIsTerminal { get; init; }

    public bool NoColor { get; init; }

    public TimeProvider? TimeProvider { get; init; }

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(50);

    public Stream? Out { get; init; }
}
