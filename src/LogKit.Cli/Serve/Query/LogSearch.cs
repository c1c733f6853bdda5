using LogKit.Cli.Serve.Index;

namespace LogKit.Cli.Serve.Query;

/// <summary>
/// Answers the API's questions from an index snapshot: a page of events newest first, a histogram, the top
/// templates, and what was appended since a chunk sequence (the live tail). Chunks that lie wholly inside the
/// time range are answered from their counts; only chunks cut by the range's ends, and chunks whose counts for
/// this filter are not known yet, are read again.
/// </summary>
internal sealed class LogSearch(LogIndex index, ChunkScanner scanner)
{
    /// <summary>Bucket widths the histogram picks from, smallest first (seconds).</summary>
    static readonly long[] BucketSeconds = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800, 604800, 2592000];

    public const int MaxBuckets = 120;

    public LogIndex Index => index;

    public EventPage Events(IndexSnapshot snapshot, EventQuery query)
    {
        var limit = query.Limit;
        var found = new List<ScannedEvent>();
        var before = query.Before;
        EventKey? threshold = null; // the limit-th newest found so far: nothing older can make the page

        void Trim()
        {
            found.Sort(static (x, y) => y.Key.CompareTo(x.Key));
            if (found.Count > limit)
                found.RemoveRange(limit, found.Count - limit);
            threshold = found.Count == limit ? found[^1].Key : null;
        }

        // Chunks come newest (by last timestamp) first. Once `limit` events are found, a chunk whose newest event is
        // older than the limit-th newest found cannot change the page.
        foreach (var chunk in snapshot.Chunks)
        {
            if (!chunk.Overlaps(query.FromTicks, query.ToTicks))
                continue;
            if (before is { } b && chunk.MinTicks > b.Ticks)
                continue;
            if (threshold is { } t && chunk.MaxTicks < t.Ticks)
                break;
            if (query.Filter != null || query.LevelMask != EventQuery.AllLevels)
            {
                // Skip chunks known to hold nothing of this filter at these levels.
                var known = scanner.CachedStats(chunk, query);
                if (known != null && known.CountOf(query.LevelMask) == 0)
                    continue;
            }

            scanner.Scan(chunk, query, count: null,
                wantEvent: (key, level) => query.LevelShown(level) && (before is not { } cut || key < cut) && (threshold is not { } t || key > t),
                onEvent: e =>
                {
                    found.Add(e);
                    if (found.Count >= 4 * limit)
                        Trim();
                });
            Trim();
        }

        Trim();
        // Without a filter, lines were kept raw: parse only the page's.
        found.RemoveAll(e => !scanner.Parse(e));
        var next = found.Count == limit ? found[^1].Key : (EventKey?)null;
        return new EventPage(found, next);
    }

    /// <summary>Events in chunks indexed after <paramref name="afterSequence"/>, oldest first.</summary>
    public IReadOnlyList<ScannedEvent> Appended(IndexSnapshot snapshot, EventQuery query, long afterSequence)
    {
        var found = new List<ScannedEvent>();
        foreach (var chunk in snapshot.Chunks)
        {
            if (chunk.Sequence <= afterSequence || !chunk.Overlaps(query.FromTicks, query.ToTicks))
                continue;
            scanner.Scan(chunk, query, count: null, wantEvent: (_, level) => query.LevelShown(level), onEvent: found.Add);
        }
        found.Sort(static (x, y) => x.Key.CompareTo(y.Key));
        found.RemoveAll(e => !scanner.Parse(e));
        return found;
    }

    public Histogram Histogram(IndexSnapshot snapshot, EventQuery query)
    {
        var levelTotals = new long[LevelSlots.Count];
        if (snapshot.Chunks.Length == 0)
            return new Histogram(0, TimeSpan.TicksPerMinute, [], levelTotals, 0);

        // The range drawn: the query's, narrowed to where there are events.
        var from = Math.Max(query.FromTicks, snapshot.MinTicks);
        var to = Math.Min(query.ToTicks, snapshot.MaxTicks + 1);
        if (to <= from)
            return new Histogram(from, TimeSpan.TicksPerMinute, [], levelTotals, 0);

        var width = BucketSeconds[^1] * TimeSpan.TicksPerSecond;
        foreach (var seconds in BucketSeconds)
        {
            var ticks = seconds * TimeSpan.TicksPerSecond;
            if ((to - from + ticks - 1) / ticks <= MaxBuckets)
            {
                width = ticks;
                break;
            }
        }
        // Whole minutes when the range is long enough: then whole chunks are counted without being read.
        if (width < LogIndex.Cell && (to - from) / LogIndex.Cell >= 30)
            width = LogIndex.Cell;
        var first = from - from % width;
        var bucketCount = (int)((to - 1 - first) / width) + 1;
        var counts = new long[bucketCount][];
        for (var i = 0; i < bucketCount; i++)
            counts[i] = new long[LevelSlots.Count];

        // Whole chunks land in one bucket when buckets are whole grid cells.
        var byChunk = width % LogIndex.Cell == 0;
        if (byChunk)
            scanner.FillStats(snapshot.Chunks.Where(c => c.Within(query.FromTicks, query.ToTicks)), query);
        foreach (var chunk in snapshot.Chunks)
        {
            if (!chunk.Overlaps(query.FromTicks, query.ToTicks))
                continue;
            if (byChunk && chunk.Within(query.FromTicks, query.ToTicks))
            {
                var stats = scanner.StatsFor(chunk, query);
                var bucket = counts[(chunk.Cell - first) / width];
                for (var level = 0; level < LevelSlots.Count; level++)
                {
                    levelTotals[level] += stats.LevelCounts[level];
                    if (query.LevelShown(level))
                        bucket[level] += stats.LevelCounts[level];
                }
                continue;
            }
            scanner.Scan(chunk, query, (key, level, _) =>
            {
                levelTotals[level]++;
                if (query.LevelShown(level))
                    counts[(key.Ticks - first) / width][level]++;
            }, wantEvent: null, onEvent: null);
        }

        long total = 0;
        for (var level = 0; level < LevelSlots.Count; level++)
        {
            if (query.LevelShown(level))
                total += levelTotals[level];
        }
        return new Histogram(first, width, counts, levelTotals, total);
    }

    public IReadOnlyList<TemplateCount> Templates(IndexSnapshot snapshot, EventQuery query, int top)
    {
        var totals = new Dictionary<int, long>();
        void Add(int templateId, long n) => totals[templateId] = totals.GetValueOrDefault(templateId) + n;
        scanner.FillStats(snapshot.Chunks.Where(c => c.Within(query.FromTicks, query.ToTicks)), query);

        foreach (var chunk in snapshot.Chunks)
        {
            if (!chunk.Overlaps(query.FromTicks, query.ToTicks))
                continue;
            if (chunk.Within(query.FromTicks, query.ToTicks))
            {
                foreach (var (key, n) in scanner.StatsFor(chunk, query).TemplateCounts)
                {
                    if (query.LevelShown(key & 7))
                        Add(key >> 3, n);
                }
                continue;
            }
            scanner.Scan(chunk, query, (_, level, templateId) =>
            {
                if (query.LevelShown(level))
                    Add(templateId, 1);
            }, wantEvent: null, onEvent: null);
        }

        return totals
            .OrderByDescending(t => t.Value)
            .ThenBy(t => index.Templates.TextOf(t.Key), StringComparer.Ordinal)
            .Take(top)
            .Select(t => new TemplateCount(index.Templates.TextOf(t.Key), t.Value))
            .ToList();
    }
}
