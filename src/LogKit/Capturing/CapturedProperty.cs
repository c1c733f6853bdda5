using Serilog.Events;

namespace LogKit.Capturing;

/// <summary>
/// A property captured once (by <c>LogContext.Push</c> or a bound logger) and reused by every
/// event: the Serilog property for event-based sinks, and a slot where a formatter keeps what it
/// encoded from it (the CLEF writer keeps its member bytes there).
/// </summary>
internal sealed class CapturedProperty
{
    /// <summary>Owned by the formatter (Formatting/Clef): what it encoded from this property, or null.</summary>
    public object? FormatterCache;

    /// <summary>Owned by Redaction: this property as a pipeline's redaction policy writes it, or null.</summary>
    public object? RedactionCache;

    public CapturedProperty(LogEventProperty property) => Property = property;

    public CapturedProperty(string name, object? value, bool destructureObjects)
        : this(new LogEventProperty(name, ValueCapture.Capture(value, destructureObjects ? Serilog.Parsing.Destructuring.Destructure : Serilog.Parsing.Destructuring.Default)))
    {
    }

    public LogEventProperty Property { get; }

    public string Name => Property.Name;

    public LogEventPropertyValue Value => Property.Value;
}
