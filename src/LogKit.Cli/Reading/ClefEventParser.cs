using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Serilog.Events;
using Serilog.Parsing;

namespace LogKit.Cli.Reading;

/// <summary>
/// Parses a CLEF line's UTF-8 bytes into a Serilog <see cref="LogEvent"/> (what Serilog.Expressions
/// evaluates and output templates render). Reads what LogKit's file sink and Serilog's
/// <c>CompactJsonFormatter</c> write: <c>@t @mt @m @l @x @i @r @tr @sp</c> and properties (a leading
/// <c>@@</c> stands for a property name that began with <c>@</c>). Parsed message templates are cached.
/// Not thread-safe: use one per thread.
/// </summary>
public sealed class ClefEventParser
{
    const int MaxCachedTemplates = 10_000;

    readonly MessageTemplateParser _templateParser = new();
    readonly Dictionary<string, MessageTemplate> _templates = new(StringComparer.Ordinal);

    /// <summary>Parses one line.</summary>
    /// <param name="line">The line's bytes.</param>
    /// <param name="logEvent">The event.</param>
    /// <param name="error">Why the line is not an event, when it is not.</param>
    /// <returns>True when the line is a CLEF event.</returns>
    public bool TryParse(ReadOnlyMemory<byte> line, out LogEvent? logEvent, out string? error)
    {
        logEvent = null;
        try
        {
            using var document = JsonDocument.Parse(line);
            return TryRead(document.RootElement, out logEvent, out error);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or ArgumentException)
        {
            error = ex.Message;
            return false;
        }
    }

    bool TryRead(JsonElement root, out LogEvent? logEvent, out string? error)
    {
        logEvent = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            error = "a CLEF event is a JSON object";
            return false;
        }

        DateTimeOffset? timestamp = null;
        MessageTemplate? template = null;
        string? message = null;
        var level = LogEventLevel.Information;
        Exception? exception = null;
        ActivityTraceId? traceId = null;
        ActivitySpanId? spanId = null;
        var properties = new List<LogEventProperty>();

        foreach (var member in root.EnumerateObject())
        {
            var name = member.Name;
            var value = member.Value;
            if (name.Length > 1 && name[0] == '@' && name[1] != '@')
            {
                switch (name)
                {
                    case "@t":
                        if (value.ValueKind != JsonValueKind.String || !value.TryGetDateTimeOffset(out var t))
                        {
                            error = "@t is not an ISO 8601 timestamp";
                            return false;
                        }
                        timestamp = t;
                        break;
                    case "@mt":
                        template = Template(value.GetString() ?? "");
                        break;
                    case "@m":
                        message = value.GetString();
                        break;
                    case "@l":
                        if (!Levels.TryParse(value.GetString(), out level))
                        {
                            error = $"@l '{value}' is not a level";
                            return false;
                        }
                        break;
                    case "@x":
                        exception = new RecordedException(value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText());
                        break;
                    case "@tr":
                        if (value.GetString() is { Length: 32 } tr)
                            traceId = ActivityTraceId.CreateFromString(tr);
                        break;
                    case "@sp":
                        if (value.GetString() is { Length: 16 } sp)
                            spanId = ActivitySpanId.CreateFromString(sp);
                        break;
                    default:
                        // @r (renderings) and @i (event id) are derived; other reserved names are kept as properties.
                        if (name is not "@r")
                            properties.Add(new LogEventProperty(name, ToValue(value)));
                        break;
                }
                continue;
            }

            var propertyName = name.StartsWith("@@", StringComparison.Ordinal) ? name[1..] : name;
            if (LogEventProperty.IsValidName(propertyName))
                properties.Add(new LogEventProperty(propertyName, ToValue(value)));
        }

        if (timestamp is null)
        {
            error = "no @t timestamp";
            return false;
        }
        // Only a rendered message: keep it as literal text (braces doubled so they are not holes).
        template ??= message is null ? MessageTemplate.Empty : Template(message.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));
        logEvent = new LogEvent(timestamp.Value, level, exception, template, properties, traceId ?? default, spanId ?? default);
        error = null;
        return true;
    }

    MessageTemplate Template(string text)
    {
        if (_templates.TryGetValue(text, out var template))
            return template;
        template = _templateParser.Parse(text);
        if (_templates.Count >= MaxCachedTemplates)
            _templates.Clear();
        _templates[text] = template;
        return template;
    }

    internal static LogEventPropertyValue ToValue(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return new ScalarValue(value.GetString());
            case JsonValueKind.Number:
                if (value.TryGetInt64(out var integer))
                    return new ScalarValue(integer);
                if (value.TryGetDecimal(out var exact) && exact.ToString(CultureInfo.InvariantCulture) == value.GetRawText())
                    return new ScalarValue(exact);
                return new ScalarValue(value.GetDouble());
            case JsonValueKind.True:
                return new ScalarValue(true);
            case JsonValueKind.False:
                return new ScalarValue(false);
            case JsonValueKind.Array:
                var items = new List<LogEventPropertyValue>(value.GetArrayLength());
                foreach (var item in value.EnumerateArray())
                    items.Add(ToValue(item));
                return new SequenceValue(items);
            case JsonValueKind.Object:
                string? typeTag = null;
                var members = new List<LogEventProperty>();
                foreach (var member in value.EnumerateObject())
                {
                    if (member.Name == "$type" && member.Value.ValueKind == JsonValueKind.String)
                        typeTag = member.Value.GetString();
                    else if (LogEventProperty.IsValidName(member.Name))
                        members.Add(new LogEventProperty(member.Name, ToValue(member.Value)));
                }
                return new StructureValue(members, typeTag);
            default:
                return ScalarValue.Null;
        }
    }
}
