using System.Buffers;
using System.Globalization;
using System.Text;
using Serilog.Events;
using Serilog.Parsing;

namespace LogKit.Formatting.Text;

/// <summary>
/// Log-forging protection for text output (console, text-format files): user data must never start a
/// new line or drive the terminal. CR, LF, the other C0 and C1 controls, DEL and U+2028/U+2029 in
/// string values (at any depth), in the message template's text and in exception messages are written
/// as escapes (<c>\n</c>, <c>\u001b</c>), so one event is one line and an ANSI sequence in a value is
/// shown, not obeyed. An exception's own stack trace keeps its lines, each indented, so no line of it
/// can pass for an event. LogKit's own colouring is applied by the console theme after this, so it
/// still works. CLEF needs none of this: JSON escapes controls already.
/// </summary>
internal static class ForgingGuard
{
    static readonly SearchValues<char> s_unsafe = SearchValues.Create(Unsafe());

    static string Unsafe()
    {
        var chars = new StringBuilder();
        for (var c = '\0'; c < ' '; c++)
            chars.Append(c);
        for (var c = '\u007f'; c <= '\u009f'; c++)
            chars.Append(c);
        return chars.Append('\u2028').Append('\u2029').ToString();
    }

    /// <summary>True when <paramref name="text"/> holds a character that text output must escape.</summary>
    public static bool NeedsEscaping(ReadOnlySpan<char> text) => text.ContainsAny(s_unsafe);

    /// <summary>The text with every unsafe character escaped; the same instance when there is none.</summary>
    public static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAny(s_unsafe);
        if (first < 0)
            return text;
        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        foreach (var c in text.AsSpan(first))
        {
            switch (c)
            {
                case '\n': escaped.Append("\\n"); break;
                case '\r': escaped.Append("\\r"); break;
                case '\t': escaped.Append("\\t"); break;
                default:
                    if (s_unsafe.Contains(c))
                        escaped.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else
                        escaped.Append(c);
                    break;
            }
        }
        return escaped.ToString();
    }

    /// <summary>
    /// The event with its user data escaped for text output; the same instance (and no allocation)
    /// when nothing needs escaping, which is the common case.
    /// </summary>
    public static LogEvent Escape(LogEvent logEvent)
    {
        if (!NeedsEscaping(logEvent))
            return logEvent;

        var template = NeedsEscaping(logEvent.MessageTemplate.Text)
            ? new MessageTemplateParser().Parse(Escape(logEvent.MessageTemplate.Text))
            : logEvent.MessageTemplate;
        var properties = new List<LogEventProperty>(logEvent.Properties.Count);
        foreach (var (name, value) in logEvent.Properties)
            properties.Add(new LogEventProperty(name, Escape(value)));
        var exception = logEvent.Exception is { } ex && ExceptionNeedsEscaping(ex) ? new EscapedException(ex) : logEvent.Exception;
        return new LogEvent(logEvent.Timestamp, logEvent.Level, exception, template, properties, logEvent.TraceId ?? default, logEvent.SpanId ?? default);
    }

    static bool NeedsEscaping(LogEvent logEvent)
    {
        if (NeedsEscaping(logEvent.MessageTemplate.Text) || (logEvent.Exception is { } ex && ExceptionNeedsEscaping(ex)))
            return true;
        foreach (var value in logEvent.Properties.Values)
        {
            if (NeedsEscaping(value))
                return true;
        }
        return false;
    }

    static bool NeedsEscaping(LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue { Value: string s }:
                return NeedsEscaping(s);
            case ScalarValue { Value: char c }:
                return s_unsafe.Contains(c);
            case ScalarValue:
                return false;
            case SequenceValue sequence:
                foreach (var element in sequence.Elements)
                {
                    if (NeedsEscaping(element))
                        return true;
                }
                return false;
            case StructureValue structure:
                if (structure.TypeTag is { } tag && NeedsEscaping(tag))
                    return true;
                foreach (var member in structure.Properties)
                {
                    if (NeedsEscaping(member.Name) || NeedsEscaping(member.Value))
                        return true;
                }
                return false;
            case DictionaryValue dictionary:
                foreach (var (key, element) in dictionary.Elements)
                {
                    if (NeedsEscaping(key) || NeedsEscaping(element))
                        return true;
                }
                return false;
            default:
                // A value type LogKit does not know renders itself: escape its rendering to be safe.
                return true;
        }
    }

    static LogEventPropertyValue Escape(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string s } => NeedsEscaping(s) ? new ScalarValue(Escape(s)) : value,
        ScalarValue { Value: char c } => s_unsafe.Contains(c) ? new ScalarValue(Escape(c.ToString())) : value,
        ScalarValue => value,
        SequenceValue sequence => NeedsEscaping(sequence) ? new SequenceValue(sequence.Elements.Select(Escape)) : value,
        StructureValue structure => NeedsEscaping(structure)
            ? new StructureValue(structure.Properties.Select(p => new LogEventProperty(LogEventProperty.IsValidName(Escape(p.Name)) ? Escape(p.Name) : p.Name, Escape(p.Value))), structure.TypeTag is null ? null : Escape(structure.TypeTag))
            : value,
        DictionaryValue dictionary => NeedsEscaping(dictionary)
            ? new DictionaryValue(dictionary.Elements.Select(e => new KeyValuePair<ScalarValue, LogEventPropertyValue>((ScalarValue)Escape(e.Key), Escape(e.Value))))
            : value,
        _ => new ScalarValue(Escape(value.ToString())),
    };

    static bool ExceptionNeedsEscaping(Exception exception)
    {
        foreach (var ex in Chain(exception))
        {
            if (NeedsEscaping(ex.Message))
                return true;
        }
        return false;
    }

    internal static IEnumerable<Exception> Chain(Exception exception)
    {
        var pending = new Stack<Exception>();
        pending.Push(exception);
        var seen = 0;
        while (pending.Count > 0 && seen++ < 100)
        {
            var ex = pending.Pop();
            yield return ex;
            if (ex is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                    pending.Push(inner);
            }
            else if (ex.InnerException is { } inner)
            {
                pending.Push(inner);
            }
        }
    }

    /// <summary>
    /// Renders as the original's <c>ToString()</c> with each message escaped and every line after the
    /// first indented: the stack trace keeps its lines, and none of them can pass for an event.
    /// </summary>
    sealed class EscapedException(Exception original) : Exception(Escape(original.Message))
    {
        public override string? StackTrace => original.StackTrace;

        public override string ToString()
        {
            var text = original.ToString();
            foreach (var ex in Chain(original))
            {
                if (ex.Message.Length > 0 && NeedsEscaping(ex.Message))
                    text = text.Replace(ex.Message, Escape(ex.Message), StringComparison.Ordinal);
            }
            var lines = text.Split('\n');
            var result = new StringBuilder(text.Length + 16).Append(lines[0].TrimEnd('\r'));
            for (var i = 1; i < lines.Length; i++)
            {
                var line = lines[i].TrimEnd('\r');
                result.Append(Environment.NewLine);
                if (line.Length > 0 && !char.IsWhiteSpace(line[0]))
                    result.Append("   ");
                result.Append(line);
            }
            return result.ToString();
        }
    }
}
