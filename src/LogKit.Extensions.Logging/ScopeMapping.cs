using Serilog.Events;

namespace LogKit.Extensions.Logging;

/// <summary>
/// Turns a <c>BeginScope</c> state into <see cref="LogContext"/> properties, as Serilog.Extensions.Logging
/// turns it into event properties: a dictionary (or any key-value list) gives one property per entry
/// (a key starting with <c>@</c> is destructured, with <c>$</c> stringified); a message template such
/// as <c>BeginScope("Order {OrderId}", 42)</c> gives its properties; a template or a plain value is also
/// added to the <c>Scope</c> property, a list of the enclosing scopes, outermost first.
/// </summary>
/// <remarks>
/// A scope is pushed once per request or operation, often around a single event, so the mapping allocates only
/// what the scope keeps: the captured properties, in one array sized from the state's count (a list is read by
/// index and a <see cref="Dictionary{TKey, TValue}"/> with its struct enumerator, so reading allocates nothing),
/// which <see cref="LogContext.Push(IEnumerable{LogEventProperty})"/> takes as it is (unused slots stay null).
/// </remarks>
internal static class ScopeMapping
{
    const string OriginalFormat = "{OriginalFormat}";
    const string ScopeProperty = "Scope";

    /// <summary>Pushes the scope's properties; never throws (a scope that cannot be mapped adds nothing).</summary>
    /// <param name="state">The scope's state.</param>
    /// <param name="capture">Captures values with the pipeline's rules (its <c>BindProperty</c>).</param>
    /// <param name="redaction">The pipeline's redaction, for the text of a template scope whose holes it redacts; null for none.</param>
    public static IDisposable Push<TState>(TState state, Logger capture, RedactionOptions? redaction = null)
    {
        try
        {
            return PushCore(state, capture, redaction);
        }
        catch (Exception ex)
        {
            Serilog.Debugging.SelfLog.WriteLine("LogKit could not map the scope {0}: {1}", state, ex);
            return NoScope.Instance;
        }
    }

    static IDisposable PushCore<TState>(TState state, Logger capture, RedactionOptions? redaction)
    {
        if (state is null)
            return NoScope.Instance;

        var scope = new Captured(capture);
        if (state is Dictionary<string, object?> dictionary)
        {
            // The most common shape, tested first by its exact type (cheaper than the interface checks below).
            // As Serilog.Extensions.Logging: every entry is a property, "{OriginalFormat}" included (only a
            // formatted-values state is a template).
            scope.Reserve(dictionary.Count + 1);
            foreach (var (key, value) in dictionary)
                scope.Add(key, value);
        }
        else if (state is System.Runtime.CompilerServices.ITuple { Length: 2 } tuple && tuple[0] is string tupleKey)
        {
            // BeginScope(("OrderId", 42)): one property, as Serilog.Extensions.Logging reads it.
            scope.Reserve(1);
            scope.Add(tupleKey, tuple[1]);
        }
        else if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            // MEL's formatted values (BeginScope("Order {OrderId}", 42)), ASP.NET Core's own scopes, arrays: by index.
            // A list whose indexer fails is read by its enumerator, the only thing Serilog.Extensions.Logging uses.
            if (pairs is not IReadOnlyList<KeyValuePair<string, object?>> list || !TryReadByIndex(ref scope, list))
            {
                scope = new Captured(capture);
                var buffered = pairs.ToArray();
                scope.Reserve(buffered.Length + 1);
                foreach (var (key, value) in buffered)
                    scope.AddOrNoteTemplate(key, value);
            }
        }
        else
        {
            scope.Reserve(1);
            scope.ScopeItem = capture.BindProperty(ScopeProperty, state, destructureObjects: false, out var item) ? item.Value : null;
        }

        if (scope.IsTemplate)
        {
            var redacted = redaction is null || state is not IEnumerable<KeyValuePair<string, object?>> templatePairs
                ? null
                : RedactedScopeText.For(templatePairs, scope.Format!, redaction);
            scope.ScopeItem = new ScalarValue(redacted ?? state.ToString());
        }
        if (scope.ScopeItem != null)
        {
            var enclosing = LogContext.TryGetValue(ScopeProperty, out var value) ? value as SequenceValue : null;
            scope.Add(new LogEventProperty(ScopeProperty, new SequenceValue([.. enclosing?.Elements ?? [], scope.ScopeItem])));
        }
        return LogContext.Push(scope.Properties!);   // null slots are skipped
    }

    static bool TryReadByIndex(ref Captured scope, IReadOnlyList<KeyValuePair<string, object?>> list)
    {
        try
        {
            scope.Reserve(list.Count + 1);
            for (var i = 0; i < list.Count; i++)
            {
                var (key, value) = list[i];
                scope.AddOrNoteTemplate(key, value);
            }
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <summary>The properties of one scope, filled into an array of the state's size.</summary>
    struct Captured(Logger capture)
    {
        int _count;

        public LogEventProperty?[] Properties { get; private set; } = [];

        public bool IsTemplate { get; private set; }

        public string? Format { get; private set; }

        public LogEventPropertyValue? ScopeItem { get; set; }

        public void Reserve(int slots) => Properties = new LogEventProperty?[slots];

        public void AddOrNoteTemplate(string? key, object? value)
        {
            if (key == OriginalFormat && value is string format)
            {
                IsTemplate = true;
                Format = format;
            }
            else
                Add(key, value);
        }

        public void Add(string? key, object? value)
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
                Add(property!);
        }

        public void Add(LogEventProperty property)
        {
            if (_count == Properties.Length)
                Properties = [.. Properties, null];
            Properties[_count++] = property;
        }
    }

    sealed class NoScope : IDisposable
    {
        public static readonly NoScope Instance = new();

        public void Dispose()
        {
        }
    }
}
