using Serilog.Core;
using Serilog.Events;

namespace LogKit.Capturing;

/// <summary>The <see cref="ILogEventPropertyFactory"/> handed to Serilog enrichers: Serilog's capturing rules.</summary>
internal sealed class PropertyFactory : ILogEventPropertyFactory
{
    public static readonly PropertyFactory Instance = new();

    public LogEventProperty CreateProperty(string name, object? value, bool destructureObjects = false)
        => new(name, ValueCapture.Capture(value, destructureObjects ? Serilog.Parsing.Destructuring.Destructure : Serilog.Parsing.Destructuring.Default));
}
