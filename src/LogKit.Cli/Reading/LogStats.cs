using Serilog.Events;

namespace LogKit.Cli.Reading;

/// <summary>A summary of logs: counts by level, top templates, events per time bucket, error examples.</summary>
public sealed class LogStats
{
    /// <summary>Events counted.</summary>
    public required long Events { get; init; }

    /// <summary>Files read.</summary>
    public required int Files { get; init; }

    /// <summary>Bytes read from disk (compressed bytes for archives).</summary>
    public required long BytesRead { get; init; }

    /// <summary>Lines that were reported as problems and skipped.</summary>
    public required long InvalidLines { get; init; }

    /// <summary>The earliest event's timestamp; null without events.</summary>
    public required DateTimeOffset? First { get; init; }

    /// <summary>The latest event's timestamp; null without events.</summary>
    public required DateTimeOffset? Last { get; init; }

    /// <summary>Events per level, every level present (zero when none).</summary>
    public required IReadOnlyDictionary<LogEventLevel, long> ByLevel { get; init; }

    /// <summary>The most frequent message templates, most frequent first.</summary>
    public required IReadOnlyList<TemplateCount> Templates { get; init; }

    /// <summary>How many distinct templates there were in all.</summary>
    public required int DistinctTemplates { get; init; }

    /// <summary>The most frequent <c>SourceContext</c> values (when counted), most frequent first.</summary>
    public required IReadOnlyList<KeyCount> Sources { get; init; }

    /// <summary>The width of <see cref="Buckets"/>.</summary>
    public required TimeSpan BucketSize { get; init; }

    /// <summary>Events per time bucket (UTC, every bucket from first to last, empty ones included), by level.</summary>
    public required IReadOnlyList<TimeBucket> Buckets { get; init; }

    /// <summary>The first error and fatal events, in order.</summary>
    public required IReadOnlyList<EventSample> Errors { get; init; }
}

/// <summary>A message template's count.</summary>
/// <param name="Template">The template (<c>@mt</c>), or the rendered message when only <c>@m</c> was written.</param>
/// <param name="EventId">The event id (<c>@i</c>) when the events carried one; they are grouped by it then.</param>
/// <param name="Count">Events with this template.</param>
/// <param name="Share">Count divided by all events counted.</param>
/// <param name="Example">The first such event's rendered message.</param>
public sealed record TemplateCount(string Template, string? EventId, long Count, double Share, string Example);

/// <summary>A value's count.</summary>
/// <param name="Key">The value.</param>
/// <param name="Count">Events with it.</param>
public sealed record KeyCount(string Key, long Count);

/// <summary>The events of one time bucket, by level.</summary>
/// <param name="Start">The bucket's start (UTC).</param>
/// <param name="Counts">Events per level, indexed by <see cref="LogEventLevel"/>.</param>
public sealed record TimeBucket(DateTimeOffset Start, IReadOnlyList<long> Counts)
{
    /// <summary>All events in the bucket.</summary>
    public long Total => Counts.Sum();

    /// <summary>Error and fatal events in the bucket.</summary>
    public long Errors => Counts[(int)LogEventLevel.Error] + Counts[(int)LogEventLevel.Fatal];
}

/// <summary>One event, kept as an example.</summary>
/// <param name="Timestamp">When.</param>
/// <param name="Level">Its level.</param>
/// <param name="Message">Its rendered message.</param>
/// <param name="Exception">Its exception's first line, if any.</param>
/// <param name="Path">The file it is in.</param>
/// <param name="LineNumber">Its line there.</param>
public sealed record EventSample(DateTimeOffset Timestamp, LogEventLevel Level, string Message, string? Exception, string Path, long LineNumber);
