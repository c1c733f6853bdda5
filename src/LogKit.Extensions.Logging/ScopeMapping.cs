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
    /// <param name="state">The scope's state.</param>
    /// <param name="capture">Captures values with the pipeline's rules (its <c>BindProperty</c>).</param>
    public static IDisposable Push<TState>(TState state, Serilog.ILogger capture)
    {
        try
        {
            return PushCore(state, capture);
        }
        catch (Exception ex)
        {
            Serilog.Debugging.SelfLog.WriteLine("LogKit could not map the scope {0}: {1}", state, ex);
            return NoScope.Instance;
        }
    }

    static IDisposable PushCore<TState>(TState state, Serilog.ILogger capture)
    {
        var properties = new List<LogEventProperty>();
        LogEventPropertyValue? scopeItem = null;

        if (state is null)
            return NoScope.Instance;

        if (state is System.Runtime.CompilerServices.ITuple { Length: 2 } tuple && tuple[0] is string tupleKey)
        {
            // BeginScope(("OrderId", 42)): one property, as Serilog.Extensions.Logging reads it.
            AddProperty(properties, capture, tupleKey, tuple[1]);
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
                AddProperty(properties, capture, key, value);
            }
            if (isTemplate)
                scopeItem = new ScalarValue(state.ToString());
        }
        else
        {
            scopeItem = capture.BindProperty(ScopeProperty, state, destructureObjects: false, out var item) ? item.Value : null;
        }

        if (scopeItem != null)
        {
            var enclosing = LogContext.TryGetValue(ScopeProperty, out var value) ? value as SequenceValue : null;
            properties.Add(new LogEventProperty(ScopeProperty, new SequenceValue([.. enclosing?.Elements ?? [], scopeItem])));
        }

        return LogContext.Push(properties);
    }

    static void AddProperty(List<LogEventProperty> properties, Serilog.ILogger capture, string? key, object? value)
    {
        if (key is null)
            return;
        // As Serilog.Extensions.Logging: "@Name" destructures, "$Name" stringifies; an invalid name is skipped.
        var prefixed = key.Length > 1 && key[0] is '@' or '$';
        var name = prefixed ? key[1..] : key;
        if (!LogEventProperty.IsValidName(name))
            return;
        var captured = key[0] == '$'
            ? capture.BindProperty(name, value?.ToString(), destructureObjects: false, out var property)
            : capture.BindProperty(name, value, destructureObjects: prefixed, out property);
        if (captured)
            properties.Add(property!);
    }

    sealed class NoScope : IDisposable
    {
        public static readonly NoScope Instance = new();

        public void Dispose()
        {
        }
    }
}
