using Serilog.Events;

namespace LogKit.Cli.Serve.Query;

/// <summary>An event read back for a response: its place in the order, the parsed event and the original CLEF line.</summary>
internal sealed record ScannedEvent(EventKey Key, LogEvent Event, string Raw);
