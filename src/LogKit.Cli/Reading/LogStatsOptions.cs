namespace LogKit.Cli.Reading;

/// <summary>What <see cref="LogStatsCollector"/> keeps.</summary>
public sealed class LogStatsOptions
{
    /// <summary>How many message templates (and sources) the result lists, most frequent first. Default 10; at least 1.</summary>
    public int Top
    {
        get;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(Top));
            field = value;
        }
    } = 10;

    /// <summary>How many error and fatal events are kept as examples, the first ones in order. Default 50.</summary>
    public int MaxErrors
    {
        get;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(MaxErrors));
            field = value;
        }
    } = 50;

    /// <summary>The width of a time bucket; null chooses one that gives at most <see cref="MaxBuckets"/> buckets (1 minute upwards).</summary>
    public TimeSpan? BucketSize { get; set; }

    /// <summary>With an automatic <see cref="BucketSize"/>, at most this many buckets. Default 120.</summary>
    public int MaxBuckets { get; set; } = 120;

    /// <summary>Counts events by their <c>SourceContext</c> property too (costs a search of each line). Default false.</summary>
    public bool CountSources { get; set; }
}
