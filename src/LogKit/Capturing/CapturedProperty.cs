using LogKit.Formatting;
using LogKit.Formatting.Clef;
using LogKit.Formatting.Json;
using Serilog.Events;

namespace LogKit.Capturing;

/// <summary>
/// A property captured once (by <c>LogContext.Push</c> or a bound logger) and reused by every
/// event: the Serilog property for event-based sinks, and its CLEF member bytes
/// (<c>,"Name":value</c>) for LogKit's own writers, encoded on first use.
/// </summary>
internal sealed class CapturedProperty
{
    byte[]? _clefMember;

    public CapturedProperty(LogEventProperty property) => Property = property;

    public CapturedProperty(string name, object? value, bool destructureObjects)
        : this(new LogEventProperty(name, ValueCapture.Capture(value, destructureObjects ? Serilog.Parsing.Destructuring.Destructure : Serilog.Parsing.Destructuring.Default)))
    {
    }

    public LogEventProperty Property { get; }

    public string Name => Property.Name;

    public LogEventPropertyValue Value => Property.Value;

    public ReadOnlySpan<byte> ClefMember => _clefMember ??= EncodeClefMember();

    byte[] EncodeClefMember()
    {
        var buffer = new Utf8Buffer(64);
        buffer.Write(ClefNames.Member(Name));
        JsonValueWriter.Write(buffer, Value);
        return buffer.ToArray();
    }
}
