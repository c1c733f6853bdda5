using System.CommandLine;
using LogKit.Cli.Output;
using LogKit.Cli.Reading;

namespace LogKit.Cli.Commands;

/// <summary><c>logkit query</c>: the events of logs that match, in order.</summary>
internal static class QueryCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Files, folders, globs, a log's base name (logs/app.log: all its rolled files and archives) or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var where = CommonOptions.Where();
        var level = new Option<string?>("--level", "-l") { Description = "The lowest level to show (verbose, debug, information, warning, error, fatal).", HelpName = "LEVEL" };
        var since = new Option<string?>("--since") { Description = "Events at or after this time: 15m, 2h, 1d, or ISO 8601 (local time unless an offset is given).", HelpName = "TIME" };
        var until = new Option<string?>("--until") { Description = "Events before this time (same forms as --since).", HelpName = "TIME" };
        var limit = new Option<long?>("--limit", "-n") { Description = "At most this many events.", HelpName = "N" };
        var output = CommonOptions.Output();
        var template = CommonOptions.Template();
        var maxLine = CommonOptions.MaxLineBytes();

        var command = new Command("query", "Prints the events that match, in chronological order across rolled files and archives. Exit code 0 when events matched, 1 when none did, 2 for usage errors.")
        {
            paths, where, level, since, until, limit, output, template, maxLine,
        };
        command.SetAction((result, cancellationToken) =>
        {
            var options = new LogQueryOptions
            {
                Where = result.GetValue(where),
                MinimumLevel = CommonOptions.Level(result.GetValue(level)),
                Since = CommonOptions.Time(result.GetValue(since), "--since", context),
                Until = CommonOptions.Time(result.GetValue(until), "--until", context),
            };
            if (result.GetValue(limit) is { } n)
                options.Limit = n >= 0 ? n : throw new UsageException("--limit cannot be negative");
            var query = CommonOptions.Query(options);
            var logs = CommonOptions.Logs(result.GetValue(paths)!, context, out var missing);
            var reader = CommonOptions.Reader(context, result.GetValue(maxLine));

            using var writer = new EventWriter(context, result.GetValue(output), result.GetValue(template));
            using var progress = new Progress(context.Error, context.ErrorIsTerminal, () => reader.BytesRead, logs.Sum(l => l.TotalLength), context.TimeProvider);
            long matched = 0;
            foreach (var record in query.Run(logs, reader, cancellationToken))
            {
                writer.Write(record);
                matched++;
            }
            // As grep: matches are printed, but a damaged archive or a garbage line still makes it an error.
            return Task.FromResult(missing || reader.Problems.Total > 0 ? ExitCodes.Error : matched > 0 ? ExitCodes.Matched : ExitCodes.NoMatch);
        });
        return command;
    }
}
