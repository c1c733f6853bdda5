using System.Text.Json;
using Serilog.Events;

namespace LogKit.Cli.Reading;

/// <summary>
/// Builds <see cref="LogStats"/> in one streaming pass. Per line it reads only the leading CLEF fields
/// (<see cref="ClefHeader"/>) and counts by raw template bytes without copying them; a full parse
/// happens only for the first event of each template (its example) and the kept error examples.
/// Memory grows with distinct templates and minutes covered, not with events. Not thread-safe.
/// </summary>
public sealed class LogStatsCollector
{
    static readonly TimeSpan[] s_bucketSizes =
    [
        TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(1), TimeSpan.FromHours(3), TimeSpan.FromHours(6), TimeSpan.FromHours(12),
        TimeSpan.FromDays(1), TimeSpan.FromDays(7), TimeSpan.FromDays(30), TimeSpan.FromDays(365),
    ];

    readonly LogStatsOptions _options;
    // Renders messages as text output does: string values without quotes.
    static readonly Serilog.Templates.ExpressionTemplate s_message = new("{@m}", System.Globalization.CultureInfo.InvariantCulture);

    readonly ClefEventParser _parser = new();
    readonly Dictionary<ReadOnlyMemory<byte>, TemplateEntry> _templates = new(ByteKeyComparer.Instance);
    readonly Dictionary<ReadOnlyMemory<byte>, long> _sources = new(ByteKeyComparer.Instance);
    readonly Dictionary<long, long[]> _minutes = [];
    readonly long[] _levels = new long[6];
    readonly List<EventSample> _errors = [];
    long _events;
    DateTimeOffset? _first;
    DateTimeOffset? _last;

    /// <summary>Creates a collector.</summary>
    /// <param name="options">What to keep; defaults when null.</param>
    public LogStatsCollector(LogStatsOptions? options = null) => _options = options ?? new LogStatsOptions();

    /// <summary>Counts every event of the logs (or those <paramref name="query"/> selects).</summary>
    /// <param name="logs">The logs.</param>
    /// <param name="reader">Reads the files and takes their problems.</param>
    /// <param name="query">Selects the events to count; null counts all.</param>
    /// <param name="options">What to keep.</param>
    /// <param name="cancellationToken">Stops the pass.</param>
    /// <returns>The summary.</returns>
    public static LogStats Compute(IReadOnlyList<LogSet> logs, ClefReader reader, LogQuery? query = null, LogStatsOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(logs);
        ArgumentNullException.ThrowIfNull(reader);
        var collector = new LogStatsCollector(options);
        var before = reader.BytesRead;
        var problemsBefore = reader.Problems.Total;
        var lines = reader.ReadLines(logs.SelectMany(l => l.Files), cancellationToken);
        if (query is null || query.SelectsAll)
        {
            foreach (var line in lines)
                collector.Add(line, reader);
        }
        else
        {
            foreach (var record in query.Select(lines, reader))
                collector.Add(new ClefLine(record.File, record.LineNumber, record.Line), reader);
        }
        return collector.Build(logs.Sum(l => l.Files.Count), reader.BytesRead - before, reader.Problems.Total - problemsBefore);
    }

    /// <summary>Counts one line; reports it to <paramref name="reader"/> when it is not an event.</summary>
    /// <param name="line">The line.</param>
    /// <param name="reader">Takes the problem if the line is not an event.</param>
    /// <returns>True when the line was counted.</returns>
    public bool Add(in ClefLine line, ClefReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var bytes = line.Bytes.Span;
        if (!ClefHeader.TryRead(bytes, out var header))
        {
            if (!_parser.TryParse(line.Bytes, out var parsed, out var error))
            {
                reader.ReportInvalid(line, error!);
                return false;
            }
            // A valid event whose reserved fields do not lead: count it from its parsed form.
            header = new ClefHeader { Timestamp = parsed!.Timestamp, Level = parsed.Level, HasException = parsed.Exception != null };
        }

        _events++;
        var level = (int)header.Level;
        if ((uint)level < (uint)_levels.Length)
            _levels[level]++;
        if (_first is null || header.Timestamp < _first)
            _first = header.Timestamp;
        if (_last is null || header.Timestamp > _last)
            _last = header.Timestamp;

        var minute = header.Timestamp.UtcTicks / TimeSpan.TicksPerMinute;
        if (!_minutes.TryGetValue(minute, out var counts))
            _minutes[minute] = counts = new long[6];
        if ((uint)level < (uint)counts.Length)
            counts[level]++;

        var key = !header.EventIdJson.Equals(default(Range)) ? line.Bytes[header.EventIdJson]
            : !header.TemplateJson.Equals(default(Range)) ? line.Bytes[header.TemplateJson]
            : line.Bytes[header.MessageJson];
        if (key.Span.IndexOf((byte)'\\') >= 0)
            key = Decoded(key.Span);   // "Caf\u00e9" and "Café" are one template
        if (_templates.TryGetValue(key, out var entry))
            entry.Count++;
        else
            _templates[key.ToArray()] = NewTemplate(line, header);

        if (header.Level >= LogEventLevel.Error && _errors.Count < _options.MaxErrors)
            _errors.Add(Sample(line, header));

        if (_options.CountSources)
            CountSource(line.Bytes);
        return true;
    }

    TemplateEntry NewTemplate(in ClefLine line, in ClefHeader header)
    {
        var bytes = line.Bytes.Span;
        string? eventId = header.EventIdJson.Equals(default(Range)) ? null : JsonText(bytes[header.EventIdJson]);
        string? template = header.TemplateJson.Equals(default(Range)) ? null : JsonText(bytes[header.TemplateJson]);
        string? example = null;
        if (_parser.TryParse(line.Bytes, out var logEvent, out _))
            example = Render(logEvent!);
        template ??= header.MessageJson.Equals(default(Range)) ? "" : JsonText(bytes[header.MessageJson]);
        return new TemplateEntry(template, eventId, example ?? template) { Count = 1 };
    }

    EventSample Sample(in ClefLine line, in ClefHeader header)
    {
        string message = "";
        string? exception = null;
        if (_parser.TryParse(line.Bytes, out var logEvent, out _))
        {
            message = Render(logEvent!);
            exception = logEvent!.Exception?.Message;
        }
        return new EventSample(header.Timestamp, header.Level, message, exception, line.File.Path, line.LineNumber);
    }

    static string Render(LogEvent logEvent)
    {
        var output = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        s_message.Format(logEvent, output);
        return output.ToString();
    }

    void CountSource(ReadOnlyMemory<byte> line)
    {
        var span = line.Span;
        var at = span.IndexOf("\"SourceContext\":\""u8);
        if (at < 0)
            return;
        var start = at + "\"SourceContext\":\""u8.Length;
        var end = start;
        while (end < span.Length && span[end] != (byte)'"')
            end += span[end] == (byte)'\\' ? 2 : 1;
        if (end >= span.Length)
            return;
        var key = line[(start - 1)..(end + 1)];
        if (_sources.TryGetValue(key, out var count))
            _sources[key] = count + 1;
        else
            _sources[key.ToArray()] = 1;
    }

    /// <summary>An escaped JSON string's key: its text between quotes, unescaped, as an unescaped one's bytes are.</summary>
    static ReadOnlyMemory<byte> Decoded(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            if (reader.Read() && reader.TokenType == JsonTokenType.String)
                return System.Text.Encoding.UTF8.GetBytes("\"" + reader.GetString() + "\"");
        }
        catch (JsonException)
        {
        }
        return json.ToArray();
    }

    static string JsonText(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            reader.Read();
            return reader.TokenType == JsonTokenType.String ? reader.GetString() ?? "" : System.Text.Encoding.UTF8.GetString(json);
        }
        catch (JsonException)
        {
            return System.Text.Encoding.UTF8.GetString(json);
        }
    }

    /// <summary>The summary of what was added.</summary>
    /// <param name="files">Files read, to report.</param>
    /// <param name="bytesRead">Bytes read, to report.</param>
    /// <param name="invalidLines">Problem lines, to report.</param>
    /// <returns>The summary.</returns>
    public LogStats Build(int files, long bytesRead, long invalidLines)
    {
        var bucketSize = _options.BucketSize ?? ChooseBucketSize();
        var buckets = new List<TimeBucket>();
        if (_first is { } first && _last is { } last)
        {
            var size = bucketSize.Ticks;
            var startTick = first.UtcTicks / size * size;
            var count = (int)Math.Min((last.UtcTicks / size * size - startTick) / size + 1, 100_000);
            var grid = new long[count][];
            for (var i = 0; i < count; i++)
                grid[i] = new long[6];
            foreach (var (minute, counts) in _minutes)
            {
                var index = (int)Math.Min((minute * TimeSpan.TicksPerMinute / size * size - startTick) / size, count - 1);
                for (var l = 0; l < 6; l++)
                    grid[index][l] += counts[l];
            }
            for (var i = 0; i < count; i++)
                buckets.Add(new TimeBucket(new DateTimeOffset(startTick + i * size, TimeSpan.Zero), grid[i]));
        }

        var total = Math.Max(_events, 1);
        return new LogStats
        {
            Events = _events,
            Files = files,
            BytesRead = bytesRead,
            InvalidLines = invalidLines,
            First = _first,
            Last = _last,
            ByLevel = Enum.GetValues<LogEventLevel>().ToDictionary(l => l, l => _levels[(int)l]),
            Templates = _templates.Values
                .OrderByDescending(t => t.Count).ThenBy(t => t.Template, StringComparer.Ordinal)
                .Take(_options.Top)
                .Select(t => new TemplateCount(t.Template, t.EventId, t.Count, (double)t.Count / total, t.Example))
                .ToList(),
            DistinctTemplates = _templates.Count,
            Sources = _sources
                .Select(s => new KeyCount(JsonText(s.Key.Span), s.Value))
                .OrderByDescending(s => s.Count).ThenBy(s => s.Key, StringComparer.Ordinal)
                .Take(_options.Top)
                .ToList(),
            BucketSize = bucketSize,
            Buckets = buckets,
            Errors = _errors.ToList(),
        };
    }

    TimeSpan ChooseBucketSize()
    {
        if (_first is not { } first || _last is not { } last)
            return s_bucketSizes[0];
        var span = last - first;
        foreach (var size in s_bucketSizes)
        {
            if (span.Ticks / size.Ticks < _options.MaxBuckets)
                return size;
        }
        return s_bucketSizes[^1];
    }

    sealed class TemplateEntry(string template, string? eventId, string example)
    {
        public string Template { get; } = template;

        public string? EventId { get; } = eventId;

        public string Example { get; } = example;

        public long Count { get; set; }
    }
}
