using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;
using LogKit.Pipeline;
using Serilog.Events;

namespace LogKit.Diagnostics;

/// <summary>
/// LogKit's own metrics: one <see cref="Meter"/> named <c>LogKit</c>, on System.Diagnostics.Metrics only,
/// so any listener (OpenTelemetry, <c>dotnet-counters</c>, a <see cref="MeterListener"/>) can read them.
/// </summary>
/// <remarks>
/// Counts that move with every event are plain interlocked counters that observable instruments read
/// when a listener collects: the logging call never makes a metrics call. The per-level count is kept
/// only while a listener is attached (one field read otherwise). Histograms are recorded per batch
/// written or per operation, where a push instrument costs nothing next to the work it measures.
/// </remarks>
internal static class LogKitInstruments
{
    /// <summary>The meter's name, for <c>MeterProvider.AddMeter("LogKit")</c>.</summary>
    public const string MeterName = "LogKit";

    // Seconds, from 10 µs (an in-memory sink's batch) to 10 s (a stalled disk or network): the SDK's
    // default boundaries are milliseconds and would put every write into the first bucket.
    static readonly double[] s_durationBuckets =
        [0.00001, 0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    static readonly double[] s_operationBuckets =
        [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

    static readonly string[] s_levelNames = Enum.GetNames<LogEventLevel>();

    // One cache line per level, so that threads logging at different levels do not share one.
    const int LevelStride = 8;
    static readonly long[] s_acceptedByLevel = new long[s_levelNames.Length * LevelStride];

    static readonly MeteredSinks s_sinks = new();

    static readonly Meter s_meter = new(new MeterOptions(MeterName) { Version = PackageVersion() });

    static readonly ObservableCounter<long> s_events = s_meter.CreateObservableCounter(
        "logkit.events", ObserveEvents, "{event}",
        "Events accepted by a pipeline, by level; each event once, however many sinks receive it.");

    static readonly Histogram<double> s_writeDuration = s_meter.CreateHistogram(
        "logkit.sink.write.duration", "s", "Time a sink took to write one batch of events.",
        tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = s_durationBuckets });

    static readonly Histogram<double> s_operationDuration = s_meter.CreateHistogram(
        "logkit.operation.duration", "s", "Duration of timed operations (Log.BeginOperation, Log.Time), by operation and outcome.",
        tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = s_operationBuckets });

    static LogKitInstruments()
    {
        s_meter.CreateObservableCounter("logkit.sink.events", ObserveSinkEvents, "{event}",
            "What each sink did with the events it accepted: written, dropped or failed.");
        s_meter.CreateObservableCounter("logkit.sink.drops", ObserveDrops, "{event}",
            "Events a sink dropped, by reason (queue_full, closed).");
        s_meter.CreateObservableGauge("logkit.queue.length", () => ObserveQueue(capacity: false), "{event}",
            "Events waiting in a sink's background queue.");
        s_meter.CreateObservableGauge("logkit.queue.capacity", () => ObserveQueue(capacity: true), "{event}",
            "How many events a sink's background queue holds.");
        s_meter.CreateObservableCounter("logkit.file.bytes", () => ObserveFiles(m => m.FileBytes), "By",
            "Bytes written to log files.");
        s_meter.CreateObservableCounter("logkit.file.rotations", () => ObserveFiles(m => m.FileRotations), "{file}",
            "Log files rolled (a new file started after size or time limits).");
        s_meter.CreateObservableCounter("logkit.redaction.failures", () => Redaction.RedactionFailures.Total, "{value}",
            "Values a custom redactor failed on; each was written as [redaction failed] instead.");
        s_meter.CreateObservableCounter("logkit.file.archives", () => ObserveFiles(m => m.FileArchives), "{file}",
            "Rolled log files compressed into archives.");
    }

    /// <summary>Creates the meter and its instruments (the static constructor runs), so that listeners see them before the first event.</summary>
    public static void EnsureCreated()
    {
    }

    /// <summary>Counts an event a pipeline accepted. Costs one field read while no listener is attached.</summary>
    public static void EventAccepted(LogEventLevel level)
    {
        if (s_events.Enabled && (uint)level < (uint)s_levelNames.Length)
            Interlocked.Increment(ref s_acceptedByLevel[(int)level * LevelStride]);
    }

    /// <summary>A start timestamp for <see cref="BatchWritten"/>, or 0 when nobody listens (then nothing is timed).</summary>
    public static long StartTiming() => s_writeDuration.Enabled ? Stopwatch.GetTimestamp() : 0;

    /// <summary>Records one batch write that began at <paramref name="startTimestamp"/> (from <see cref="StartTiming"/>).</summary>
    public static void BatchWritten(SinkMetrics sink, long startTimestamp)
    {
        if (startTimestamp != 0)
            s_writeDuration.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds, new KeyValuePair<string, object?>("sink", sink.Name));
    }

    /// <summary>Records a finished timed operation.</summary>
    public static void OperationEnded(string operation, string outcome, TimeSpan elapsed)
    {
        if (s_operationDuration.Enabled)
            s_operationDuration.Record(elapsed.TotalSeconds,
                new KeyValuePair<string, object?>("operation", operation),
                new KeyValuePair<string, object?>("outcome", outcome));
    }

    /// <summary>Publishes an attached sink's counts under its name.</summary>
    public static void SinkAttached(string name, Pipeline.SinkCounters counters, SinkMetrics metrics, int? queueCapacity)
    {
        metrics.Name = name;
        s_sinks.Attach(new SinkRegistration(counters, metrics, queueCapacity));
    }

    /// <summary>A removed sink's counts stay in its name's totals; its queue is no longer reported.</summary>
    public static void SinkRetired(SinkMetrics metrics) => s_sinks.Retire(metrics);

    static IEnumerable<Measurement<long>> ObserveEvents()
    {
        var measurements = new Measurement<long>[s_levelNames.Length];
        for (var level = 0; level < measurements.Length; level++)
            measurements[level] = new(Volatile.Read(ref s_acceptedByLevel[level * LevelStride]), new KeyValuePair<string, object?>("level", s_levelNames[level]));
        return measurements;
    }

    static List<Measurement<long>> ObserveSinkEvents()
    {
        var measurements = new List<Measurement<long>>();
        foreach (var (name, sinks) in s_sinks.ByName())
        {
            var counts = default(LogCounters);
            foreach (var sink in sinks)
                counts += sink.Counters.Snapshot();
            measurements.Add(SinkMeasurement(counts.Written, name, "outcome", "written"));
            measurements.Add(SinkMeasurement(counts.Dropped, name, "outcome", "dropped"));
            measurements.Add(SinkMeasurement(counts.Failed, name, "outcome", "failed"));
        }
        return measurements;
    }

    static List<Measurement<long>> ObserveDrops()
    {
        var measurements = new List<Measurement<long>>();
        foreach (var (name, sinks) in s_sinks.ByName())
        {
            foreach (var reason in Enum.GetValues<DropReason>())
                measurements.Add(SinkMeasurement(sinks.Sum(s => s.Counters.Dropped(reason)), name, "reason", DropReasons.Name(reason)));
        }
        return measurements;
    }

    static List<Measurement<long>> ObserveQueue(bool capacity)
    {
        var measurements = new List<Measurement<long>>();
        foreach (var (name, sinks) in s_sinks.ByName(liveOnly: true))
        {
            var queued = sinks.Where(s => s.QueueCapacity != null).ToList();
            if (queued.Count > 0)
                measurements.Add(new(capacity ? queued.Sum(s => (long)s.QueueCapacity!.Value) : queued.Sum(s => s.Counters.Snapshot().Pending), new KeyValuePair<string, object?>("sink", name)));
        }
        return measurements;
    }

    static List<Measurement<long>> ObserveFiles(Func<SinkMetrics, long> read)
    {
        var measurements = new List<Measurement<long>>();
        foreach (var (name, sinks) in s_sinks.ByName())
        {
            if (sinks.Any(s => s.Metrics.WritesFiles))
                measurements.Add(new(sinks.Sum(s => read(s.Metrics)), new KeyValuePair<string, object?>("sink", name)));
        }
        return measurements;
    }

    static Measurement<long> SinkMeasurement(long value, string sink, string key, string tagValue)
        => new(value, new KeyValuePair<string, object?>("sink", sink), new KeyValuePair<string, object?>(key, tagValue));

    static string? PackageVersion()
    {
        var version = typeof(LogKitInstruments).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        // SourceLink appends "+<commit>"; the package version is the part before it.
        var plus = version?.IndexOf('+') ?? -1;
        return plus > 0 ? version![..plus] : version;
    }
}
