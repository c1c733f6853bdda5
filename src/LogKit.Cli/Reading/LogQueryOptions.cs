using Serilog.Events;

namespace LogKit.Cli.Reading;

/// <summary>What a <see cref="LogQuery"/> selects. Every criterion is optional; none selects every event.</summary>
public sealed class LogQueryOptions
{
    /// <summary>A Serilog.Expressions filter (<c>@l = 'Error' and User = 'John'</c>); null for none.</summary>
    public string? Where { get; set; }

    /// <summary>The lowest level selected; null for all.</summary>
    public LogEventLevel? MinimumLevel { get; set; }

    /// <summary>Events at or after this instant; null for no lower bound.</summary>
    public DateTimeOffset? Since { get; set; }

    /// <summary>Events before this instant; null for no upper bound.</summary>
    public DateTimeOffset? Until { get; set; }

    /// <summary>At most this many events (the first ones, in order); null for no limit.</summary>
    public long? Limit
    {
        get;
        set
        {
            if (value is < 0)
                throw new ArgumentOutOfRangeException(nameof(Limit), value, "Limit cannot be negative.");
            field = value;
        }
    }

    /// <summary>
    /// How far out of order events may be within and across a log's files (threads log concurrently);
    /// a file is skipped by time only when its neighbours show it is outside the range by more than this.
    /// Default one minute.
    /// </summary>
    public TimeSpan TimeSlack { get; set; } = TimeSpan.FromMinutes(1);
}
