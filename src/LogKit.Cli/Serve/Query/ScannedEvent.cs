using Serilog.Events;

namespace LogKit.Cli.Serve.Query;

/// <summary>
/// An event read back for a response: its place in the order, the original CLEF line and the parsed event. Without
/// a filter the event is parsed only once it is known to be on the page (<see cref="ChunkScanner.Parse"/>).
/// </summary>
internal sealed class ScannedEvent(EventKey key, string raw, LogEvent? parsed)
{
    public EventKey Key { get; } = key;

    public string Raw { get; } = raw;

    public LogEvent? Event { get; set; } = parsed;
}
