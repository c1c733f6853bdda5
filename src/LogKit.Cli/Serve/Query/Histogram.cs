namespace LogKit.Cli.Serve.Query;

/// <summary>
/// Counts of the matching events per time bucket and level. <see cref="Counts"/>[bucket][level] holds only the
/// levels shown; <see cref="LevelTotals"/> counts every level (the level toggles show them).
/// </summary>
internal sealed record Histogram(long FromTicks, long BucketTicks, long[][] Counts, long[] LevelTotals, long Total);
