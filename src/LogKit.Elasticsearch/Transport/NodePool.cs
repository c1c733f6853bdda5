using LogKit.Elasticsearch.Configuration;

namespace LogKit.Elasticsearch.Transport;

/// <summary>
/// Round-robin over the cluster's nodes. A node that fails is skipped for a while (1 s, doubling per
/// consecutive failure, at most 60 s) and then tried again; when every node is skipped, the one that
/// comes back soonest is used, so a cluster that is wholly down is still probed.
/// </summary>
internal sealed class NodePool(IReadOnlyList<ElasticsearchNode> nodes, TimeProvider time)
{
    static readonly TimeSpan FirstDeadTime = TimeSpan.FromSeconds(1);
    static readonly TimeSpan MaxDeadTime = TimeSpan.FromSeconds(60);

    int _next = -1;

    public int Count => nodes.Count;

    public IReadOnlyList<ElasticsearchNode> Nodes => nodes;

    /// <summary>The next live node, preferring one other than <paramref name="avoid"/>.</summary>
    public ElasticsearchNode Next(ElasticsearchNode? avoid = null)
    {
        var now = time.GetUtcNow().UtcTicks;
        ElasticsearchNode? soonest = null;
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[(int)((uint)Interlocked.Increment(ref _next) % (uint)nodes.Count)];
            var deadUntil = Interlocked.Read(ref node.DeadUntilTicks);
            if (deadUntil <= now && (node != avoid || nodes.Count == 1))
                return node;
            if (node != avoid && (soonest is null || deadUntil < Interlocked.Read(ref soonest.DeadUntilTicks)))
                soonest = node;
        }
        return soonest ?? avoid ?? nodes[0];
    }

    public void MarkDead(ElasticsearchNode node)
    {
        var failures = Math.Min(Interlocked.Increment(ref node.Failures), 16);
        var wait = TimeSpan.FromTicks(Math.Min(MaxDeadTime.Ticks, FirstDeadTime.Ticks << (failures - 1)));
        Interlocked.Exchange(ref node.DeadUntilTicks, time.GetUtcNow().UtcTicks + wait.Ticks);
    }

    public void MarkAlive(ElasticsearchNode node)
    {
        if (Volatile.Read(ref node.Failures) == 0)
            return;
        Interlocked.Exchange(ref node.Failures, 0);
        Interlocked.Exchange(ref node.DeadUntilTicks, 0);
    }
}
