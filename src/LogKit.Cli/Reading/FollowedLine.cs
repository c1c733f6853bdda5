namespace LogKit.Cli.Reading;

/// <summary>What a <see cref="LogFollower"/> hands out.</summary>
public enum FollowedLineKind
{
    /// <summary>A line that was already in the active file when following started.</summary>
    Backlog,
    /// <summary>The backlog is finished: every later line is new. Carries no line.</summary>
    CaughtUp,
    /// <summary>A line written after following started.</summary>
    Live,
}

/// <summary>A line handed out by <see cref="LogFollower"/>; its bytes are valid until the next one is asked for.</summary>
/// <param name="Kind">Backlog, the caught-up marker, or live.</param>
/// <param name="Line">The line (default for <see cref="FollowedLineKind.CaughtUp"/>).</param>
public readonly record struct FollowedLine(FollowedLineKind Kind, ClefLine Line);
