namespace LogKit.Cli.Serve.Query;

/// <summary>A page of events, newest first, and the cursor of the next (older) page; null when there is none.</summary>
internal sealed record EventPage(IReadOnlyList<ScannedEvent> Events, EventKey? Next);
