namespace LogKit.Diagnostics;

/// <summary>
/// Why a sink dropped an event: the <c>reason</c> tag of <c>logkit.sink.drops</c>. A closed set, so
/// that the tag's values stay bounded.
/// </summary>
internal enum DropReason
{
    /// <summary>The sink's queue was full in <see cref="QueueFullMode.Drop"/> mode (or a writer logged into its own full queue).</summary>
    QueueFull,

    /// <summary>The sink was closed (removed, or its pipeline flushed and closed) while the event was on its way.</summary>
    Closed,
}

internal static class DropReasons
{
    /// <summary>The tag values, indexed by <see cref="DropReason"/>.</summary>
    public static readonly string[] TagValues = ["queue_full", "closed"];
}
