using System.CommandLine;
using LogKit.Cli.Output;
using LogKit.Cli.Reading;
using Serilog.Events;

namespace LogKit.Cli.Commands;

/// <summary>Options shared by the commands, and turning their values into engine options.</summary>
internal static class CommonOptions
{
    public static Option<string?> Where() => new("--where", "-w")
    {
        Description = "A Serilog.Expressions filter, e.g. \"@l = 'Error' and User = 'John'\", \"StartsWith(SourceContext, 'MyApp.Db')\", \"@x like '%Timeout%'\", \"Elapsed > 500\".",
        HelpName = "EXPR",
    };

    public static Option<OutputFormat> Output() => new("--output", "-o")
    {
        Description = "text (rendered with --template), clef (the original lines, unchanged) or json (one rendered object per event).",
        DefaultValueFactory = _ => OutputFormat.Text,
    };

    public static Option<string?> Template() => new("--template", "-t")
    {
        Description = "A Serilog.Expressions output template for --output text. Default: " + EventWriter.DefaultTemplate.Replace("\n", "\\n", StringComparison.Ordinal),
        HelpName = "OUTPUT_TEMPLATE",
    };

    public static Option<int> MaxLineBytes() => new("--max-line-bytes")
    {
        Description = "Longer lines are reported and skipped. Default 16 MB.",
        DefaultValueFactory = _ => ReadOptions.DefaultMaxLineBytes,
        Hidden = true,
    };

    public static LogEventLevel? Level(string? text)
    {
        if (text is null)
            return null;
        return Levels.TryParse(text, out var level)
            ? level
            : throw new UsageException($"--level: '{text}' is not a level (verbose, debug, information, warning, error, fatal)");
    }

    public static DateTimeOffset? Time(string? text, string option, CliContext context)
    {
        if (text is null)
            return null;
        return TimeBound.TryParse(text, context.TimeProvider.GetUtcNow(), out var time)
            ? time
            : throw new UsageException($"{option}: '{text}' is neither a relative time (15m, 2h, 1d) nor an ISO 8601 time (2026-11-25T14:00:00Z)");
    }

    public static LogQuery Query(LogQueryOptions options)
        => LogQuery.TryCreate(options, out var query, out var error) ? query! : throw new UsageException($"--where: {error}");

    public static ClefReader Reader(CliContext context, int maxLineBytes)
    {
        var problems = new ReadProblemReporter(p => context.Error.WriteLine("logkit: " + p));
        ReadOptions options;
        try
        {
            options = new ReadOptions { MaxLineBytes = maxLineBytes, OpenStandardInput = context.In };
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new UsageException($"--max-line-bytes: {ex.Message}");
        }
        return new ClefReader(problems, options);
    }

    /// <summary>
    /// The logs the paths name. One that names nothing is reported and the others are read (the command then
    /// exits 2, as grep does); when none names anything, that is the error.
    /// </summary>
    public static IReadOnlyList<LogSet> Logs(IReadOnlyList<string> paths, CliContext context, out bool missing)
    {
        var errors = new List<LogPathException>();
        var logs = LogPathResolver.Resolve(paths, errors.Add);
        if (logs.Count == 0 && errors.Count > 0)
            throw errors[0];
        foreach (var error in errors)
            context.Error.WriteLine("logkit: " + error.Message);
        missing = errors.Count > 0;
        return logs;
    }
}
