using System.CommandLine;
using LogKit.Cli.Output;
using LogKit.Cli.Reading;

namespace LogKit.Cli.Commands;

/// <summary><c>logkit tail</c>: a log's last events, and with <c>-f</c> the new ones as they are written.</summary>
internal static class TailCommand
{
    public static Command Create(CliContext context)
    {
        var log = new Argument<string>("log") { Description = "The log's base name (logs/app.log) or a file." };
        var follow = new Option<bool>("--follow", "-f") { Description = "Keep printing new events as they are written, across rotations, until interrupted." };
        var lines = new Option<int>("--lines", "-n") { Description = "How many of the last events to print first. Default 10.", DefaultValueFactory = _ => 10, HelpName = "N" };
        var where = CommonOptions.Where();
        var output = CommonOptions.Output();
        var template = CommonOptions.Template();
        var maxLine = CommonOptions.MaxLineBytes();

        var command = new Command("tail", "Prints a log's last events; with -f follows it across rotations (both naming modes) and delete/recreate.")
        {
            log, follow, lines, where, output, template, maxLine,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var count = result.GetValue(lines);
            if (count < 0)
                throw new UsageException("--lines cannot be negative");
            var query = CommonOptions.Query(new LogQueryOptions { Where = result.GetValue(where) });
            var path = result.GetValue(log)!;
            var reader = CommonOptions.Reader(context, result.GetValue(maxLine));
            using var writer = new EventWriter(context, result.GetValue(output), result.GetValue(template));

            if (!result.GetValue(follow))
            {
                var set = LogPathResolver.Resolve([path]);
                // A folder may hold several logs: the last events of each, merged by time (ties keep log order).
                var last = set
                    .SelectMany((log, index) => Last(log.Files, count, query, reader, cancellationToken).Select(record => (record, index)))
                    .OrderBy(r => r.record.Timestamp).ThenBy(r => r.index)
                    .Select(r => r.record)
                    .TakeLast(count)
                    .ToList();
                foreach (var record in last)
                    writer.Write(record);
                return reader.Problems.Total > 0 ? ExitCodes.Error : last.Count > 0 ? ExitCodes.Matched : ExitCodes.NoMatch;
            }

            if (path == LogFile.StandardInputPath)
                throw new UsageException("tail -f follows a file, not standard input");
            if (Directory.Exists(path))
                throw new UsageException($"{path}: tail -f follows one log; name its base name (logs/app.log)");
            var follower = new LogFollower(path, reader, new LogFollowerOptions { PollInterval = context.PollInterval, TimeProvider = context.TimeProvider, ReadOptions = reader.Options });
            var backlog = new Queue<LogRecord>();
            LogFile? active = null;
            await foreach (var followed in follower.FollowAsync(cancellationToken).ConfigureAwait(false))
            {
                switch (followed.Kind)
                {
                    case FollowedLineKind.Backlog:
                        active = followed.Line.File;
                        foreach (var record in query.Select([followed.Line], reader))
                        {
                            backlog.Enqueue(record);
                            if (backlog.Count > count)
                                backlog.Dequeue();
                        }
                        break;
                    case FollowedLineKind.CaughtUp:
                        if (backlog.Count < count)
                        {
                            // The active file has fewer: the rest come from the rolled files before it.
                            var older = LogSet.ForBaseName(path).Files.TakeWhile(f => active is null || f.Path != active.Path).ToList();
                            foreach (var record in Last(older, count - backlog.Count, query, reader, cancellationToken))
                                writer.Write(record);
                        }
                        foreach (var record in backlog)
                            writer.Write(record);
                        backlog.Clear();
                        writer.Flush();
                        break;
                    default:
                        foreach (var record in query.Select([followed.Line], reader))
                            writer.Write(record);
                        writer.Flush();
                        break;
                }
            }
            return ExitCodes.Matched;
        });
        return command;
    }

    /// <summary>The last <paramref name="count"/> selected events of the files, reading from the newest file back only as far as needed.</summary>
    static List<LogRecord> Last(IReadOnlyList<LogFile> files, int count, LogQuery query, ClefReader reader, CancellationToken cancellationToken)
    {
        var chunks = new List<List<LogRecord>>();
        var total = 0;
        for (var i = files.Count - 1; i >= 0 && total < count; i--)
        {
            var ring = new Queue<LogRecord>();
            foreach (var record in query.Select(reader.ReadLines(files[i], cancellationToken), reader))
            {
                ring.Enqueue(record);
                if (ring.Count > count - total)
                    ring.Dequeue();
            }
            total += ring.Count;
            chunks.Add(ring.ToList());
        }
        chunks.Reverse();
        return chunks.SelectMany(c => c).ToList();
    }
}
