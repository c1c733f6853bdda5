using LogKit.Capturing;
using LogKit.Context;
using Serilog.Events;

namespace LogKit.Extensions.Logging;

/// <summary>
/// Turns a <c>BeginScope</c> state into <see cref="LogContext"/> properties, as Serilog.Extensions.Logging
/// turns it into event properties: a dictionary (or any key-value list) gives one property per entry
/// (a key starting with <c>@</c> is destructured, with <c>$</c> stringified); a message template such
/// as <c>BeginScope("Order {OrderId}", 42)</c> gives its properties; a template or a plain value is also
/// added to the <c>Scope</c> property, a list of the enclosing scopes, outermost first.
/// </summary>
internal static class ScopeMapping
{
    const string OriginalFormat = "{OriginalFormat}";
    const string ScopeProperty = "Scope";

    public static IDisposable Push<TState>(TState state)
    {
        var properties = new List<CapturedProperty>();
        LogEventPropertyValue? scopeItem = null;

        if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            var isTemplate = false;
            foreach (var (key, value) in pairs)
            {
                if (key == OriginalFormat)
                {
                    isTemplate = true;
                    continue;
                }
                if (key.Length > 1 && key[0] == '@')
                    properties.Add(new CapturedProperty(key[1..], value, destructureObjects: true));
                else if (key.Length > 1 && key[0] == '$')
                    properties.Add(new CapturedProperty(key[1..], value?.ToString(), destructureObjects: false));
                else if (ValueCapture.IsValidName(key))
                    properties.Add(new CapturedProperty(key, value, destructureObjects: false));
            }
            if (isTemplate)
                scopeItem = new ScalarValue(state.ToString());
        }
        else
        {
            scopeItem = ValueCapture.Capture(state);
        }

        if (scopeItem != null)
        {
            var enclosing = LogContext.Current.Items.FirstOrDefault(p => p.Name == ScopeProperty)?.Value as SequenceValue;
            properties.Add(new CapturedProperty(new LogEventProperty(ScopeProperty, new SequenceValue([.. enclosing?.Elements ?? [], scopeItem]))));
        }

        return LogContext.PushCaptured(properties.ToArray());
    }
}
