using Serilog.Events;
using Serilog.Expressions;

namespace LogKit.Cli.Reading;

/// <summary>
/// Selects events from logs: a Serilog.Expressions filter, a minimum level, a time range and a limit.
/// Each log's files are read as one stream, oldest first; several logs are merged by timestamp. Work
/// per line is kept to what the query needs: a raw-byte <see cref="RawPrefilter"/> first, then the
/// leading CLEF fields (time, level) when the query has bounds, and a full parse only for lines that
/// may still match. Whole files are skipped when their neighbours' first timestamps put them outside
/// the time range. Streaming: memory does not grow with the input.
/// </summary>
public sealed class LogQuery
{
    readonly CompiledExpression? _filter;

    LogQuery(LogQueryOptions options, CompiledExpression? filter)
    {
        Options = options;
        _filter = filter;
        Prefilter = RawPrefilter.ForFilter(options.Where);
    }

    /// <summary>The options this query was made from.</summary>
    public LogQueryOptions Options { get; }

    /// <summary>The raw-byte test run before parsing.</summary>
    public RawPrefilter Prefilter { get; }

    /// <summary>Makes a query.</summary>
    /// <param name="options">What to select.</param>
    /// <param name="query">The query, when the filter compiles.</param>
    /// <param name="error">The filter's syntax error, when it does not.</param>
    /// <returns>True when the query is valid.</returns>
    public static bool TryCreate(LogQueryOptions options, out LogQuery? query, out string? error)
    {
        ArgumentNullException.ThrowIfNull(options);
        query = null;
        CompiledExpression? filter = null;
        if (!string.IsNullOrWhiteSpace(options.Where) && !SerilogExpression.TryCompile(FilterText.Normalize(options.Where), out filter, out error))
            return false;
        query = new LogQuery(options, filter);
        error = null;
        return true;
    }

    /// <summary>Makes a query.</summary>
    /// <param name="options">What to select.</param>
    /// <returns>The query.</returns>
    /// <exception cref="ArgumentException">The filter (<see cref="LogQueryOptions.Where"/>) does not compile; the message says why.</exception>
    public static LogQuery Create(LogQueryOptions options)
        => TryCreate(options, out var query, out var error) ? query! : throw new ArgumentException($"Where: {error}", nameof(options));

    /// <summary>True when the query has only a limit (or nothing): every event is selected.</summary>
    public bool SelectsAll => _filter is null && Options.MinimumLevel is null && Options.Since is null && Options.Until is null;

    /// <summary>Applies the level, time and filter criteria to a parsed event.</summary>
    /// <param name="logEvent">The event.</param>
    /// <returns>True when it is selected.</returns>
    public bool Matches(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        return InRange(logEvent.Timestamp, logEvent.Level) && (_filter is null || ExpressionResult.IsTrue(_filter(logEvent)));
    }

    bool InRange(DateTimeOffset timestamp, LogEventLevel level)
        => (Options.MinimumLevel is not { } min || level >= min)
           && (Options.Since is not { } since || timestamp >= since)
           && (Options.Until is not { } until || timestamp < until);

    /// <summary>Runs the query over logs.</summary>
    /// <param name="logs">The logs (from <see cref="LogPathResolver"/>).</param>
    /// <param name="reader">Reads the files and takes their problems.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The selected events: in order within each log, merged by timestamp across logs, at most <see cref="LogQueryOptions.Limit"/>.</returns>
    public IEnumerable<LogRecord> Run(IReadOnlyList<LogSet> logs, ClefReader reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(logs);
        ArgumentNullException.ThrowIfNull(reader);
        var streams = logs.Select(log => Select(reader.ReadLines(FilesInRange(log), cancellationToken), reader)).ToList();
        var merged = streams.Count == 1 ? streams[0] : Merge(streams);
        return Options.Limit is { } limit ? merged.Take(checked((int)Math.Min(limit, int.MaxValue))) : merged;
    }

    /// <summary>Selects from a stream of raw lines (the follower and the tail use this on lines they read).</summary>
    /// <param name="lines">The lines.</param>
    /// <param name="reader">Takes the problems of lines that turn out not to be events.</param>
    /// <returns>The selected events; no limit applied.</returns>
    public IEnumerable<LogRecord> Select(IEnumerable<ClefLine> lines, ClefReader reader)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(reader);
        var parser = new ClefEventParser();
        var needsHeader = Options.MinimumLevel is not null || Options.Since is not null || Options.Until is not null || _filter is null;
        foreach (var line in lines)
        {
            var bytes = line.Bytes.Span;
            if (!Prefilter.MayMatch(bytes))
                continue;

            DateTimeOffset timestamp = default;
            if (needsHeader)
            {
                if (!ClefHeader.TryRead(bytes, out var header))
                {
                    // The header is unreadable: a full parse says why (and catches the rare writer that puts @t last).
                    if (!parser.TryParse(line.Bytes, out var late, out var why))
                    {
                        reader.ReportInvalid(line, why!);
                        continue;
                    }
                    header = new ClefHeader { Timestamp = late!.Timestamp, Level = late.Level };
                }
                if (!InRange(header.Timestamp, header.Level))
                    continue;
                timestamp = header.Timestamp;
            }

            LogEvent? logEvent = null;
            if (_filter is not null)
            {
                if (!parser.TryParse(line.Bytes, out logEvent, out var error))
                {
                    reader.ReportInvalid(line, error!);
                    continue;
                }
                if (!ExpressionResult.IsTrue(_filter(logEvent!)))
                    continue;
                timestamp = logEvent!.Timestamp;
            }

            yield return new LogRecord(line.File, line.LineNumber, line.Bytes.ToArray(), timestamp, logEvent);
        }
    }

    /// <summary>The log's files that can hold events in range: by their neighbours' first timestamps.</summary>
    IEnumerable<LogFile> FilesInRange(LogSet log)
    {
        var files = log.Files;
        if ((Options.Since is null && Options.Until is null) || files.Count == 0)
        {
            foreach (var file in files)
                yield return file;
            yield break;
        }

        var slack = Options.TimeSlack;
        var firsts = new DateTimeOffset?[files.Count];
        var known = new bool[files.Count];
        DateTimeOffset? First(int i)
        {
            if (!known[i])
            {
                firsts[i] = FirstTimestamp(files[i]);
                known[i] = true;
            }
            return firsts[i];
        }

        for (var i = 0; i < files.Count; i++)
        {
            // This file starts after the range: so does every later one.
            if (Options.Until is { } until && First(i) is { } first && first > until + slack)
                yield break;
            // The next file starts before the range: all of this one is older.
            if (Options.Since is { } since && i + 1 < files.Count && First(i + 1) is { } next && next < since - slack)
                continue;
            yield return files[i];
        }
    }

    static DateTimeOffset? FirstTimestamp(LogFile file)
    {
        if (file.IsStandardInput)
            return null;
        // A private reader: problems are reported when the file is read for real.
        var probe = new ClefReader(ReadProblemReporter.Ignore());
        foreach (var line in probe.ReadLines(file))
        {
            if (ClefHeader.TryRead(line.Bytes.Span, out var header))
                return header.Timestamp;
        }
        return null;
    }

    static IEnumerable<LogRecord> Merge(List<IEnumerable<LogRecord>> streams)
    {
        var enumerators = streams.Select(s => s.GetEnumerator()).ToList();
        try
        {
            // Ties keep argument order: the queue orders by (timestamp, stream index).
            var queue = new PriorityQueue<int, (DateTimeOffset, int)>();
            for (var i = 0; i < enumerators.Count; i++)
            {
                if (enumerators[i].MoveNext())
                    queue.Enqueue(i, (enumerators[i].Current.Timestamp, i));
            }
            while (queue.TryDequeue(out var index, out _))
            {
                var e = enumerators[index];
                yield return e.Current;
                if (e.MoveNext())
                    queue.Enqueue(index, (e.Current.Timestamp, index));
            }
        }
        finally
        {
            foreach (var e in enumerators)
                e.Dispose();
        }
    }
}
