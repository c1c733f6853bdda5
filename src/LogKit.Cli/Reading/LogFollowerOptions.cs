namespace LogKit.Cli.Reading;

/// <summary>How a <see cref="LogFollower"/> watches its log.</summary>
public sealed class LogFollowerOptions
{
    /// <summary>How often the active file is checked for new lines and rotation. Default 250 ms; positive.</summary>
    public TimeSpan PollInterval
    {
        get;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero, nameof(PollInterval));
            field = value;
        }
    } = TimeSpan.FromMilliseconds(250);

    /// <summary>The clock the polling waits on. Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider
    {
        get;
        set => field = value ?? throw new ArgumentNullException(nameof(TimeProvider));
    } = TimeProvider.System;

    /// <summary>Limits for reading lines. Default <see cref="ReadOptions"/>' defaults.</summary>
    public ReadOptions ReadOptions { get; set; } = new();

    /// <summary>
    /// Called after each poll lists the log's files, before acting on the listing. Tests roll the log here to
    /// reproduce a roll that lands between listing and reading, which otherwise happens only by chance.
    /// </summary>
    internal Action? AfterListing { get; set; }
}
