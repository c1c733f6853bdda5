using System.Text;
using LogKit.Cli.Reading;
using LogKit.Cli.Serve.Index;
using Serilog.Events;

namespace LogKit.Cli.Serve.Query;

/// <summary>
/// Re-reads one chunk's lines. Each line is first read cheaply (timestamp, level, template); the full event is
/// parsed only when the filter needs it or the caller wants it. While reading, it fills the filter's counts for
/// the whole chunk when they are not cached yet.
/// </summary>
internal sealed class ChunkScanner(LogIndex index, FilterCache filters)
{
    // The engine's parser caches templates and is not thread-safe: one per thread.
    readonly ThreadLocal<ClefEventParser> _parser = new(() => new ClefEventParser());

    /// <summary>Called for each counted event: key, level, template id.</summary>
    public delegate void CountHandler(EventKey key, int level, int templateId);

    /// <summary>The counts of <paramref name="chunk"/>'s events that match the query's filter (not its time range or levels).</summary>
    public ChunkStats StatsFor(Chunk chunk, EventQuery query)
    {
        if (query.Filter is null)
            return chunk.Stats;
        var cache = filters.For(query.Where);
        if (cache.TryGetValue(chunk.Sequence, out var stats))
            return stats;
        Scan(chunk, query, count: null, wantEvent: null, onEvent: null);
        return cache.TryGetValue(chunk.Sequence, out stats) ? stats : ChunkStats.Empty;
    }

    /// <summary>Parses the event of a line scanned without a filter; false when it is not an event after all.</summary>
    public bool Parse(ScannedEvent scanned)
    {
        if (scanned.Event != null)
            return true;
        if (!_parser.Value!.TryParse(Encoding.UTF8.GetBytes(scanned.Raw), out var parsed, out _) || parsed is null)
            return false;
        scanned.Event = parsed;
        return true;
    }

    /// <summary>Reads, in parallel, the chunks whose counts for this filter are not known yet (the first use of a filter).</summary>
    public void FillStats(IEnumerable<Chunk> chunks, EventQuery query)
    {
        if (query.Filter is null)
            return;
        var missing = chunks.Where(c => CachedStats(c, query) is null).ToList();
        if (missing.Count > 1)
            Parallel.ForEach(missing, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, c => StatsFor(c, query));
    }

    /// <summary>The filter's counts for <paramref name="chunk"/> when already known, without reading it.</summary>
    public ChunkStats? CachedStats(Chunk chunk, EventQuery query)
        => query.Filter is null ? chunk.Stats : filters.For(query.Where).TryGetValue(chunk.Sequence, out var stats) ? stats : null;

    /// <summary>
    /// Reads the chunk. <paramref name="count"/> receives every event that matches the filter and lies in the
    /// query's time range (all levels); <paramref name="onEvent"/> receives the parsed events among them that
    /// <paramref name="wantEvent"/> accepts.
    /// </summary>
    public void Scan(Chunk chunk, EventQuery query, CountHandler? count, Func<EventKey, int, bool>? wantEvent, Action<ScannedEvent>? onEvent)
    {
        var cache = query.Filter is null ? null : filters.For(query.Where);
        var fillStats = cache != null && !cache.ContainsKey(chunk.Sequence) ? new ChunkStats() : null;
        var fileId = chunk.File.Id;

        void Handle(long offset, ReadOnlySpan<byte> line)
        {
            // Lines without the filter's literals cannot match: nothing to count, nothing to show.
            if (query.Filter != null && !query.Prefilter.MayMatch(line))
                return;
            if (line.IsEmpty || !ClefLineScanner.TryScan(line, out var ticks, out var level, out var template, out _))
                return; // reported when indexed
            var key = new EventKey(ticks, fileId, offset);
            var slot = (int)level;
            var inRange = ticks >= query.FromTicks && ticks < query.ToTicks;
            var wanted = inRange && onEvent != null && (wantEvent?.Invoke(key, slot) ?? true);
            if (fillStats == null && count == null && !wanted)
                return;
            if (!inRange && fillStats == null)
                return;

            LogEvent? parsed = null;
            if (query.Filter != null)
            {
                if (!_parser.Value!.TryParse(line.ToArray(), out parsed, out _) || parsed is null)
                    return; // not an event after all (a bad @tr, say)
                if (!query.Filter(parsed))
                    return;
            }

            var templateId = index.Templates.IdOf(template);
            fillStats?.Add(slot, templateId);
            if (!inRange)
                return;
            count?.Invoke(key, slot, templateId);
            if (wanted)
                onEvent!(new ScannedEvent(key, Encoding.UTF8.GetString(line), parsed));
        }

        ReadChunk(chunk, Handle);
        if (fillStats != null)
            cache!.TryAdd(chunk.Sequence, fillStats);
    }

    void ReadChunk(Chunk chunk, LineHandler handler)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var stream = index.Archives.Open(chunk.File.Location, chunk.Start);
                LineReader.Read(stream, chunk.Start, chunk.End, handler);
                return;
            }
            catch (Exception ex) when (attempt == 0 && ex is FileNotFoundException or DirectoryNotFoundException)
            {
                // Renamed or archived since the snapshot: a refresh finds it by its first line.
                index.Refresh();
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                return; // deleted by retention meanwhile: its events are gone
            }
        }
    }
}
