using System.Diagnostics;
using LogKit.Pipeline;
using Serilog.Core;
using Serilog.Events;

namespace LogKit;

// The structured write for adapters (Microsoft.Extensions.Logging and the like): no Serilog LogEvent to build.
public sealed partial class LogPipeline
{
    /// <summary>
    /// True when an event at <paramref name="level"/> from a logger whose <c>SourceContext</c> is
    /// <paramref name="sourceContext"/> would be processed, minimum-level overrides applied.
    /// </summary>
    /// <param name="level">The level to test.</param>
    /// <param name="sourceContext">The logger's category or type name; null for the pipeline's own level.</param>
    /// <returns>Whether such events are processed.</returns>
    public bool IsEnabled(LogEventLevel level, string? sourceContext)
        => sourceContext is null ? _levels.IsEnabled(level) : (int)level >= _levels.EnabledFrom(sourceContext);

    /// <summary>
    /// Writes one event from a message template and name/value pairs, as an adapter holds them, without a
    /// Serilog <c>LogEvent</c>. A pair named like a template property binds to it (by name, in any order);
    /// every other pair (for example <c>SourceContext</c> or <c>EventId</c>) becomes an event property that
    /// ranks below the template and above bound, <see cref="LogContext"/> and pipeline-wide properties.
    /// The first pair of a repeated name wins; pairs with blank names are skipped. A <c>SourceContext</c>
    /// pair with a string value selects the minimum-level overrides. Trace and span ids come from
    /// <see cref="Activity.Current"/>. Never throws; values are captured with Serilog's rules.
    /// </summary>
    /// <example>
    /// <code>
    /// pipeline.Write(LogEventLevel.Information, null, "Paid {Amount}",
    ///     [new("Amount", 12.5m), new("SourceContext", "Shop.Checkout"), new("EventId", 7)]);
    /// </code>
    /// </example>
    /// <param name="level">The event's level.</param>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">The message template; null writes an empty one.</param>
    /// <param name="properties">The properties, named.</param>
    public void Write(LogEventLevel level, Exception? exception, string? messageTemplate, ReadOnlySpan<KeyValuePair<string, object?>> properties)
        => Write(level, exception, messageTemplate, properties, default, default);

    /// <summary>
    /// As <see cref="Write(LogEventLevel, Exception?, string?, ReadOnlySpan{KeyValuePair{string, object?}})"/>,
    /// with the trace and span ids given; when both are default, <see cref="Activity.Current"/>'s are used.
    /// </summary>
    /// <param name="level">The event's level.</param>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">The message template; null writes an empty one.</param>
    /// <param name="properties">The properties, named.</param>
    /// <param name="traceId">The W3C trace id (<c>@tr</c>), or default.</param>
    /// <param name="spanId">The W3C span id (<c>@sp</c>), or default.</param>
    public void Write(LogEventLevel level, Exception? exception, string? messageTemplate, ReadOnlySpan<KeyValuePair<string, object?>> properties,
        ActivityTraceId traceId, ActivitySpanId spanId)
    {
        if (!IsEnabled(level, SourceContextOf(properties)))
            return;
        StructuredWriter.Write(_dispatcher, level, exception, messageTemplate, properties, traceId, spanId);
    }

    /// <summary>
    /// As <see cref="Write(LogEventLevel, Exception?, string?, ReadOnlySpan{KeyValuePair{string, object?}}, ActivityTraceId, ActivitySpanId)"/>,
    /// on behalf of <paramref name="logger"/>, a logger of this pipeline (<see cref="Logger"/> or one made from it with
    /// <c>ForContext</c> or <c>Bind</c>): its minimum-level overrides, bound properties and enrichers apply as they do to its
    /// own events, and the pairs rank above its bound properties. An adapter binds what every event of a logger carries
    /// (a category, an event id) once, instead of passing it as a pair each time. A logger that is not one of this
    /// pipeline's gets the event as a Serilog <c>LogEvent</c> through its own <c>Write</c>. Never throws.
    /// </summary>
    /// <param name="logger">The logger whose context applies; null writes as the pipeline's own logger.</param>
    /// <param name="level">The event's level.</param>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">The message template; null writes an empty one.</param>
    /// <param name="properties">The properties, named.</param>
    /// <param name="traceId">The W3C trace id (<c>@tr</c>), or default for <see cref="Activity.Current"/>'s.</param>
    /// <param name="spanId">The W3C span id (<c>@sp</c>), or default for <see cref="Activity.Current"/>'s.</param>
    public void Write(Serilog.ILogger? logger, LogEventLevel level, Exception? exception, string? messageTemplate,
        ReadOnlySpan<KeyValuePair<string, object?>> properties, ActivityTraceId traceId, ActivitySpanId spanId)
    {
        if (logger is null)
        {
            Write(level, exception, messageTemplate, properties, traceId, spanId);
            return;
        }
        if (logger is Logger own && own.Pipeline == this)
        {
            if (own.IsEnabled(level))
                StructuredWriter.Write(_dispatcher, level, exception, messageTemplate, properties, traceId, spanId, own.Bound, own.Enrichers);
            return;
        }
        if (logger.IsEnabled(level))
            StructuredWriter.WriteTo(logger, _dispatcher.Now(), level, exception, messageTemplate, properties, traceId, spanId);
    }

    static string? SourceContextOf(ReadOnlySpan<KeyValuePair<string, object?>> properties)
    {
        foreach (var (name, value) in properties)
        {
            if (name == Constants.SourceContextPropertyName)
                return value as string;
        }
        return null;
    }
}
