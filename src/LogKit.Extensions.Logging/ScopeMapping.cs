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

    /// <summary>Pushes the scope's properties; never throws (a scope that cannot be mapped adds nothing).</summary>
    public static IDisposable Push<TState>(TState state)
    {
        try
        {
            return PushCore(state);
        }
        catch (Exception ex)
        {
            Serilog.Debugging.SelfLog.WriteLine("LogKit could not map the scope {0}: {1}", state, ex);
            return NoScope.Instance;
        }
    }

    static IDisposable PushCore<TState>(TState state)
    {
        var properties = new List<CapturedProperty>();
        LogEventPropertyValue? scopeItem = null;

        if (state is null)
            return NoScope.Instance;

        if (state is System.Runtime.CompilerServices.ITuple { Length: 2 } tuple && tuple[0] is string tupleKey)
        {
            // BeginScope(("OrderId", 42)): one property, as Serilog.Extensions.Logging reads it.
            AddProperty(properties, tupleKey, tuple[1]);
        }
        else if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            var isTemplate = false;
            foreach (var (key, value) in pairs)
            {
                if (key == OriginalFormat && value is string)
                {
                    isTemplate = true;
                    continue;
                }
                AddProperty(properties, key, value);
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

    static void AddProperty(List<CapturedProperty> properties, string? key, object? value)
    {
        if (key is null)
            return;
        // As Serilog.Extensions.Logging: "@Name" destructures, "$Name" stringifies; an invalid name is skipped.
        var prefixed = key.Length > 1 && key[0] is '@' or '$';
        var name = prefixed ? key[1..] : key;
        if (!ValueCapture.IsValidName(name))
            return;
        properties.Add(key[0] == '$'
            ? new CapturedProperty(name, value?.ToString(), destructureObjects: false)
            : new CapturedProperty(name, value, destructureObjects: prefixed));
    }

    sealed class NoScope : IDisposable
    {
        public static readonly NoScope Instance = new();

        public void Dispose()
        {
        }
    }
}
