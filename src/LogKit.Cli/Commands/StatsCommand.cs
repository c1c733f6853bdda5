using System.CommandLine;
using System.Text;
using LogKit.Cli.Output;
using LogKit.Cli.Reading;

namespace LogKit.Cli.Commands;

/// <summary><c>logkit stats</c>: counts by level, top templates, errors per time bucket; optionally an HTML report.</summary>
internal static class StatsCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Files, folders, globs, a log's base name or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var by = new Option<string?>("--by") { Description = "Show one table: level, template, source, hour or minute. Default: a summary of all.", HelpName = "KEY" };
        by.AcceptOnlyFromAmong("level", "template", "source", "hour", "minute");
        var where = CommonOptions.Where();
        var top = new Option<int>("--top") { Description = "How many templates (or sources) to list. Default 10.", DefaultValueFactory = _ => 10, HelpName = "N" };
        var html = new Option<string?>("--html") { Description = "Also write a self-contained HTML report (chart, template table, errors) to this file.", HelpName = "FILE" };
        var maxLine = CommonOptions.MaxLineBytes();

        var command = new Command("stats", "Summarises logs: events by level, top message templates with share and an example, errors per time bucket, first and last timestamps, files and bytes read.")
        {
            paths, by, where, top, html, maxLine,
        };
        command.SetAction((result, cancellationToken) =>
        {
            var topN = result.GetValue(top);
            if (topN < 1)
                throw new UsageException("--top must be at least 1");
            var key = result.GetValue(by);
            var options = new LogStatsOptions
            {
                Top = topN,
                CountSources = key == "source",
                BucketSize = key switch { "hour" => TimeSpan.FromHours(1), "minute" => TimeSpan.FromMinutes(1), _ => null },
            };
            var filter = result.GetValue(where);
            var query = filter is null ? null : CommonOptions.Query(new LogQueryOptions { Where = filter });
            var arguments = result.GetValue(paths)!;
            var logs = CommonOptions.Logs(arguments, context, out var missing);
            var reader = CommonOptions.Reader(context, result.GetValue(maxLine));

            LogStats stats;
            using (new Progress(context.Error, context.ErrorIsTerminal, () => reader.BytesRead, logs.Sum(l => l.TotalLength), context.TimeProvider))
                stats = LogStatsCollector.Compute(logs, reader, query, options, cancellationToken);

            using (var text = new StreamWriter(context.Out, new UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\n" })
                StatsTextReport.Write(text, stats, key);

            if (result.GetValue(html) is { } file)
            {
                try
                {
                    using var report = new StreamWriter(file, false, new UTF8Encoding(false));
                    HtmlReport.Write(report, stats, string.Join(" ", arguments));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new UsageException($"--html: cannot write {file}: {ex.Message}");
                }
            }
            return Task.FromResult(missing || reader.Problems.Total > 0 ? ExitCodes.Error : stats.Events > 0 ? ExitCodes.Matched : ExitCodes.NoMatch);
        });
        return command;
    }
}
