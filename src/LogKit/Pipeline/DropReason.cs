namespace LogKit.Pipeline;

/// <summary>Why an accepted event was discarded instead of written.</summary>
internal enum DropReason
{
    /// <summary>The sink's queue was full in <see cref="QueueFullMode.Drop"/> mode, or its own writer thread logged into it.</summary>
    QueueFull,

    /// <summary>The sink was closing or removed while the event was on its way.</summary>
    Closed,
}

/// <summary>The reasons' names as metrics and self-log messages spell them.</summary>
internal static class DropReasons
{
    public static string Name(DropReason reason) => reason switch
    {
        DropReason.QueueFull => "queue_full",
        DropReason.Closed => "closed",
        _ => reason.ToString(),
    };
}
