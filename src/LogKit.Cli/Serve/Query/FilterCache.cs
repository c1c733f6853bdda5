using System.Collections.Concurrent;
using LogKit.Cli.Serve.Index;

namespace LogKit.Cli.Serve.Query;

/// <summary>
/// What each recent filter matched, per chunk (counts only), so the second page, the histogram and the template
/// table of the same filter re-read only the chunks they must. Holds the last <see cref="Capacity"/> filters.
/// </summary>
internal sealed class FilterCache
{
    public const int Capacity = 16;

    readonly Lock _lock = new();
    readonly LinkedList<(string Where, ConcurrentDictionary<long, ChunkStats> Stats)> _filters = new();

    /// <summary>The per-chunk counts kept for <paramref name="where"/> (created empty the first time).</summary>
    public ConcurrentDictionary<long, ChunkStats> For(string where)
    {
        lock (_lock)
        {
            for (var node = _filters.First; node != null; node = node.Next)
            {
                if (node.Value.Where == where)
                {
                    _filters.Remove(node);
                    _filters.AddFirst(node);
                    return node.Value.Stats;
                }
            }
            var stats = new ConcurrentDictionary<long, ChunkStats>();
            _filters.AddFirst((where, stats));
            if (_filters.Count > Capacity)
                _filters.RemoveLast();
            return stats;
        }
    }
}
