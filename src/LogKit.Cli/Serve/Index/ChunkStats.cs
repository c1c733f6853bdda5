namespace LogKit.Cli.Serve.Index;

/// <summary>Counts of one chunk's events (all of them, or those a filter matches): per level and per template.</summary>
internal sealed class ChunkStats
{
    public static readonly ChunkStats Empty = new();

    public int[] LevelCounts { get; } = new int[LevelSlots.Count];

    /// <summary>Counts per template and level: the key is <c>templateId &lt;&lt; 3 | level</c>, so level toggles apply to template counts too.</summary>
    public Dictionary<int, int> TemplateCounts { get; } = [];

    public int Total
    {
        get
        {
            var total = 0;
            foreach (var count in LevelCounts)
                total += count;
            return total;
        }
    }

    public void Add(int level, int templateId)
    {
        LevelCounts[level]++;
        var key = (templateId << 3) | level;
        TemplateCounts[key] = TemplateCounts.GetValueOrDefault(key) + 1;
    }

    /// <summary>The number of events of the chosen levels (<paramref name="levelMask"/> bit i is level i).</summary>
    public int CountOf(int levelMask)
    {
        var total = 0;
        for (var i = 0; i < LevelSlots.Count; i++)
        {
            if ((levelMask & (1 << i)) != 0)
                total += LevelCounts[i];
        }
        return total;
    }
}
