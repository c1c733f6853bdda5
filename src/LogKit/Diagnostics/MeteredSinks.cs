using LogKit.Pipeline;

namespace LogKit.Diagnostics;

/// <summary>A sink whose counts the metrics publish.</summary>
internal sealed record SinkRegistration(SinkCounters Counters, SinkMetrics Metrics, int? QueueCapacity)
{
    public bool IsLive { get; set; } = true;
}

/// <summary>
/// The sinks whose counts metrics report, grouped by the <c>sink</c> tag. Sinks of the same name (in two
/// pipelines, or one replacing another when configuration reloads) add up, and a removed sink's counts stay
/// in its name's totals, so a counter never goes backwards and events dropped while a sink closes still count.
/// </summary>
internal sealed class MeteredSinks
{
    // Removed sinks kept per name before the oldest are folded into one frozen total.
    const int RetiredKeptPerName = 16;

    readonly object _lock = new();
    readonly Dictionary<string, List<SinkRegistration>> _byName = new(StringComparer.Ordinal);

    public void Attach(SinkRegistration sink)
    {
        lock (_lock)
        {
            if (!_byName.TryGetValue(sink.Metrics.Name, out var sinks))
                _byName[sink.Metrics.Name] = sinks = [];
            sinks.Add(sink);
        }
    }

    public void Retire(SinkMetrics metrics)
    {
        lock (_lock)
        {
            if (!_byName.TryGetValue(metrics.Name, out var sinks))
                return;
            foreach (var sink in sinks)
            {
                if (ReferenceEquals(sink.Metrics, metrics))
                    sink.IsLive = false;
            }
            if (sinks.Count(s => !s.IsLive) > RetiredKeptPerName)
                FoldOldestRetired(sinks);
        }
    }

    /// <summary>A snapshot: each name with its sinks (live and removed, or live only).</summary>
    public List<(string Name, SinkRegistration[] Sinks)> ByName(bool liveOnly = false)
    {
        lock (_lock)
        {
            var result = new List<(string, SinkRegistration[])>(_byName.Count);
            foreach (var (name, sinks) in _byName)
            {
                var chosen = liveOnly ? sinks.Where(s => s.IsLive).ToArray() : sinks.ToArray();
                if (chosen.Length > 0)
                    result.Add((name, chosen));
            }
            return result;
        }
    }

    /// <summary>Replaces the two oldest removed sinks with one holding their sum (a sink added and removed in a loop stays bounded).</summary>
    static void FoldOldestRetired(List<SinkRegistration> sinks)
    {
        var retired = sinks.Where(s => !s.IsLive).Take(2).ToArray();
        var total = new SinkCounters();
        var metrics = new SinkMetrics { Name = retired[0].Metrics.Name, WritesFiles = retired.Any(r => r.Metrics.WritesFiles) };
        foreach (var sink in retired)
        {
            var counts = sink.Counters.Snapshot();
            total.AddAccepted(counts.Accepted);
            total.AddWritten(counts.Written);
            foreach (var reason in Enum.GetValues<DropReason>())
                total.AddDropped(reason, sink.Counters.Dropped(reason));
            total.AddFailed(counts.Failed);
            metrics.AddFileBytes(sink.Metrics.FileBytes);
            metrics.AddFileRotation(sink.Metrics.FileRotations);
            metrics.AddFileArchive(sink.Metrics.FileArchives);
            sinks.Remove(sink);
        }
        sinks.Insert(0, new SinkRegistration(total, metrics, null) { IsLive = false });
    }
}
