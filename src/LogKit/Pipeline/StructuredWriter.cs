using System.Diagnostics;
using LogKit.Capturing;
using Serilog.Core;
using Serilog.Debugging;
using Serilog.Events;
using Serilog.Parsing;

namespace LogKit.Pipeline;

/// <summary>
/// Writes an event from a template and name/value pairs, as an adapter (Microsoft.Extensions.Logging)
/// holds them: pairs named like a template property bind to it, every other pair becomes an event
/// property that ranks below the template and above context and pipeline-wide properties. When the
/// template binds by name and no pair is left over, nothing but the event's sinks allocates.
/// </summary>
internal static class StructuredWriter
{
    public static void Write(EventDispatcher dispatcher, LogEventLevel level, Exception? exception, string? messageTemplate,
        ReadOnlySpan<KeyValuePair<string, object?>> properties, ActivityTraceId traceId, ActivitySpanId spanId)
        => Write(dispatcher, level, exception, messageTemplate, properties, traceId, spanId, PropertySet.Empty, enrichers: null);

    /// <summary>As above, on behalf of a logger: its bound properties rank below the pairs, its enrichers run.</summary>
    public static void Write(EventDispatcher dispatcher, LogEventLevel level, Exception? exception, string? messageTemplate,
        ReadOnlySpan<KeyValuePair<string, object?>> properties, ActivityTraceId traceId, ActivitySpanId spanId,
        PropertySet bound, ILogEventEnricher[]? enrichers)
    {
        CachedTemplate template;
        try
        {
            template = TemplateCache.Get(messageTemplate ?? string.Empty);
        }
        catch (Exception ex)
        {
            // A template that cannot be parsed still writes its event, through Serilog's own parser.
            SelfLog.WriteLine("LogKit could not parse template {0}: {1}", messageTemplate, ex);
            WriteAsLogEvent(dispatcher, level, exception, new MessageTemplateParser().Parse(messageTemplate ?? ""), properties, traceId, spanId, bound, enrichers);
            return;
        }

        var tokens = template.Properties;
        if (template.BindableArgumentCount != tokens.Length)
        {
            WriteAsLogEvent(dispatcher, level, exception, template.Template, properties, traceId, spanId, bound, enrichers);
            return;
        }

        var inline = new ArgBuffer();
        var args = tokens.Length <= ArgBuffer.Capacity ? ((Span<ArgValue>)inline)[..tokens.Length] : new ArgValue[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            var index = IndexOf(properties, tokens[i].PropertyName);
            if (index < 0)
            {
                // A template property with no value: Serilog leaves it unbound and shows the hole as text.
                WriteAsLogEvent(dispatcher, level, exception, template.Template, properties, traceId, spanId, bound, enrichers);
                return;
            }
            ArgValue.SetObject(ref args[i], properties[index].Value);
        }

        var extra = bound;
        if (properties.Length > tokens.Length)
            extra = Extras(bound, properties, tokens);
        dispatcher.Write(level, exception, template, args, extra, enrichers, traceId, spanId);
    }

    static PropertySet Extras(PropertySet bound, ReadOnlySpan<KeyValuePair<string, object?>> properties, PropertyToken[] tokens)
    {
        var extra = new List<CapturedProperty>();
        foreach (var (name, value) in properties)
        {
            if (ValueCapture.IsValidName(name) && !IsTemplateName(tokens, name))
                extra.Add(new CapturedProperty(name, value, destructureObjects: false));
        }
        return bound.With(extra);
    }

    static void WriteAsLogEvent(EventDispatcher dispatcher, LogEventLevel level, Exception? exception, MessageTemplate template,
        ReadOnlySpan<KeyValuePair<string, object?>> properties, ActivityTraceId traceId, ActivitySpanId spanId,
        PropertySet bound, ILogEventEnricher[]? enrichers)
        => dispatcher.Write(ToLogEvent(dispatcher.Now(), level, exception, template, properties, traceId, spanId), bound, enrichers);

    /// <summary>Writes the event to a logger that is not one of the pipeline's, as a Serilog <see cref="LogEvent"/>.</summary>
    public static void WriteTo(Serilog.ILogger logger, DateTimeOffset timestamp, LogEventLevel level, Exception? exception, string? messageTemplate,
        ReadOnlySpan<KeyValuePair<string, object?>> properties, ActivityTraceId traceId, ActivitySpanId spanId)
    {
        MessageTemplate template;
        try
        {
            template = TemplateCache.Get(messageTemplate ?? string.Empty).Template;
        }
        catch (Exception ex)
        {
            SelfLog.WriteLine("LogKit could not parse template {0}: {1}", messageTemplate, ex);
            template = new MessageTemplateParser().Parse(messageTemplate ?? "");
        }
        logger.Write(ToLogEvent(timestamp, level, exception, template, properties, traceId, spanId));
    }

    static LogEvent ToLogEvent(DateTimeOffset timestamp, LogEventLevel level, Exception? exception, MessageTemplate template,
        ReadOnlySpan<KeyValuePair<string, object?>> properties, ActivityTraceId traceId, ActivitySpanId spanId)
    {
        var tokens = template.Tokens.OfType<PropertyToken>().ToArray();
        var captured = new List<LogEventProperty>(properties.Length);
        foreach (var (name, value) in properties)
        {
            if (!ValueCapture.IsValidName(name) || captured.Exists(p => p.Name == name))
                continue;
            var hint = Array.Find(tokens, t => t.PropertyName == name)?.Destructuring ?? Destructuring.Default;
            captured.Add(new LogEventProperty(name, ValueCapture.Capture(value, hint)));
        }
        if (traceId == default && spanId == default && Activity.Current is { } activity)
        {
            traceId = activity.TraceId;
            spanId = activity.SpanId;
        }
        return new LogEvent(timestamp, level, exception, template, captured, traceId, spanId);
    }

    static int IndexOf(ReadOnlySpan<KeyValuePair<string, object?>> properties, string name)
    {
        for (var i = 0; i < properties.Length; i++)
        {
            if (string.Equals(properties[i].Key, name, StringComparison.Ordinal))
                return i;
        }
        return -1;
    }

    static bool IsTemplateName(PropertyToken[] tokens, string name)
    {
        foreach (var token in tokens)
        {
            if (string.Equals(token.PropertyName, name, StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
