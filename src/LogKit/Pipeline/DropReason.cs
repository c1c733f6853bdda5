namespace LogKit.Pipeline;

/// <summary>Why an accepted event was discarded instead of written.</summary>
internal enum DropReason
{
    /// <summary>The sink's queue was full in <see cref="QueueFullMode.Drop"/> mode, or its own writer thread logged into it.</summary>
    QueueFull,

    /// <summary>The sink was closing or removed while the event was on its way.</summary>
    Closed,
}

/// <summary>The reasons' names in the spelling agreed for reporting drops by reason: <c>queue_full</c>, <c>closed</c>.</summary>
internal static class DropReasons
{
    public static string Name(DropReason reason) => reason switch
    {
        DropReason.QueueFull => "queue_full",
        DropReason.Closed => "closed",
        _ => reason.ToString(),
    };
}
