using System.Diagnostics;
using LogKit.Capturing;
using Serilog.Events;
using Serilog.Parsing;

namespace LogKit.Core;

/// <summary>
/// One event on its way through the pipeline, on the caller's stack. LogKit's own sinks read the
/// captured arguments directly; <see cref="GetLogEvent"/> builds a Serilog <see cref="LogEvent"/>
/// the first time a filter or a Serilog sink asks for one, and every later sink shares it.
/// </summary>
internal ref struct LogEntry
{
    /// <summary>The event time, in UTC.</summary>
    public DateTimeOffset Timestamp;
    public LogEventLevel Level;
    public Exception? Exception;
    public CachedTemplate Template;

    /// <summary>Fast binding: one argument per template property, in order.</summary>
    public Span<ArgValue> Args;

    /// <summary>Serilog binding, when the template needed it (positional, mismatched or repeated names).</summary>
    public LogEventProperty[]? TemplateProperties;

    /// <summary>Properties bound to the logger (<c>ForContext</c>, <c>Bind</c>), newest first.</summary>
    public PropertySet Bound;

    /// <summary>Properties pushed on <see cref="LogContext"/>, innermost first.</summary>
    public PropertySet Context;

    /// <summary>The pipeline's own properties (<see cref="LogPipeline.SetProperty"/>), added last.</summary>
    public PropertySet Global;

    public ActivityTraceId TraceId;
    public ActivitySpanId SpanId;

    /// <summary>The time zone that local timestamps are shown in.</summary>
    public TimeZoneInfo LocalTimeZone;

    LogEvent? _event;

    /// <summary>An entry for an event that already exists (written through <c>ILogger.Write(LogEvent)</c>).</summary>
    /// <param name="logEvent">The event, already enriched.</param>
    /// <param name="template">The cached template with the event's template text.</param>
    public static LogEntry ForEvent(LogEvent logEvent, CachedTemplate template) => new()
    {
        Timestamp = logEvent.Timestamp.ToUniversalTime(),
        Level = logEvent.Level,
        Exception = logEvent.Exception,
        Template = template,
        Bound = PropertySet.Empty,
        Context = PropertySet.Empty,
        Global = PropertySet.Empty,
        TraceId = logEvent.TraceId ?? default,
        SpanId = logEvent.SpanId ?? default,
        LocalTimeZone = TimeZoneInfo.Local,
        _event = logEvent,
    };

    /// <summary>True when the template binds through <see cref="Args"/>.</summary>
    public readonly bool IsFastBound => _event == null && TemplateProperties == null;

    /// <summary>The Serilog event for this entry, built once.</summary>
    public LogEvent GetLogEvent() => _event ??= Materialize();

    /// <summary>
    /// The Serilog value of template argument <paramref name="index"/>. Complex values are converted
    /// once and the result kept in the argument, so that formatting and materialising agree.
    /// </summary>
    public readonly LogEventPropertyValue GetArgValue(int index)
    {
        ref var arg = ref Args[index];
        var hint = Template.Properties[index].Destructuring;
        switch (arg.Kind)
        {
            case ArgKind.PropertyValue:
                return (LogEventPropertyValue)arg.Reference!;
            case ArgKind.Null:
                return ScalarValue.Null;
            case ArgKind.String:
                // Serilog's stringify and (default, unlimited) truncation leave a string as it is.
                return new ScalarValue(arg.Reference);
            case ArgKind.Object:
                var converted = ValueCapture.Capture(arg.Reference, hint);
                arg.Kind = ArgKind.PropertyValue;
                arg.Reference = converted;
                return converted;
            default:
                var boxed = arg.ToObject();
                return hint == Destructuring.Stringify
                    ? new ScalarValue(ValueCapture.Stringify(boxed))
                    : new ScalarValue(boxed);
        }
    }

    LogEvent Materialize()
    {
        var templateCount = TemplateProperties?.Length ?? Args.Length;
        var properties = new Dictionary<string, LogEventPropertyValue>(templateCount + Bound.Items.Length + Context.Items.Length + Global.Items.Length);
        if (TemplateProperties != null)
        {
            // As Serilog's LogEvent constructor: a repeated template name keeps the last value.
            foreach (var property in TemplateProperties)
                properties[property.Name] = property.Value;
        }
        else
        {
            for (var i = 0; i < Args.Length; i++)
                properties[Template.Properties[i].PropertyName] = GetArgValue(i);
        }

        // Serilog's enricher order: none replaces what the template (or Serilog's binder) put there.
        foreach (var property in Ambient())
            properties.TryAdd(property.Name, property.Value);

        return LogEvent.UnstableAssembleFromParts(
            TimeZoneInfo.ConvertTime(Timestamp, LocalTimeZone), Level, Exception, Template.Template, properties, TraceId, SpanId);
    }

    /// <summary>The bound, context and pipeline-wide properties that the template does not shadow, in precedence order.</summary>
    public readonly AmbientProperties Ambient()
        => new(Bound, Context, Global, TemplateProperties == null ? Template.Properties : []);

    /// <summary>Adds bound, context, then global properties, without replacing any property already present (Serilog's enricher order).</summary>
    public static void AddAmbientProperties(LogEvent logEvent, PropertySet bound, PropertySet context, PropertySet global)
    {
        foreach (var property in new AmbientProperties(bound, context, global, []))
            logEvent.AddPropertyIfAbsent(property.Property);
    }
}
