using System.Diagnostics;
using LogKit.Capturing;
using LogKit.Core;
using LogKit.Diagnostics;
using LogKit.Redaction;
using Serilog.Core;
using Serilog.Debugging;
using Serilog.Events;

namespace LogKit.Pipeline;

/// <summary>
/// Turns what a logger captured into a <see cref="LogEntry"/> (timestamp, template binding, bound,
/// context and pipeline-wide properties, trace ids, enrichers) and hands it to every sink whose level
/// and filter take it, counting it as accepted per sink. Data flows one way: callers pass everything
/// the event needs; nothing is read back from them. Never throws.
/// </summary>
internal sealed class EventDispatcher
{
    readonly SinkRegistry _sinks;
    readonly TimeProvider _clock;
    readonly RedactionOptions _redaction;
    readonly Lock _propertiesLock = new();
    PropertySet _pipelineProperties = PropertySet.Empty;
    long _failedBeforeDispatch;

    public EventDispatcher(SinkRegistry sinks, TimeProvider clock, RedactionOptions redaction)
    {
        _sinks = sinks;
        _clock = clock;
        _redaction = redaction;
    }

    /// <summary>Events that failed before reaching any sink (an internal error): counted as accepted and failed.</summary>
    public long FailedBeforeDispatch => Interlocked.Read(ref _failedBeforeDispatch);

    /// <summary>The event time now, in the pipeline's local time zone (as Serilog stamps events).</summary>
    public DateTimeOffset Now() => TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), _clock.LocalTimeZone);

    /// <summary>Adds or replaces a pipeline-wide property.</summary>
    public void SetProperty(CapturedProperty property)
    {
        lock (_propertiesLock)
            Volatile.Write(ref _pipelineProperties, _pipelineProperties.Without(property.Name).With([property]));
    }

    /// <summary>Removes a pipeline-wide property; does nothing if there is none.</summary>
    public void RemoveProperty(string name)
    {
        lock (_propertiesLock)
            Volatile.Write(ref _pipelineProperties, _pipelineProperties.Without(name));
    }

    /// <summary>Parses (or finds) the template, then writes as <see cref="Write(LogEventLevel, Exception?, CachedTemplate, Span{ArgValue}, PropertySet, ILogEventEnricher[])"/>.</summary>
    public void Write(LogEventLevel level, Exception? exception, string? template, Span<ArgValue> args, PropertySet bound, ILogEventEnricher[]? enrichers)
    {
        CachedTemplate cached;
        try
        {
            cached = TemplateCache.Get(template ?? string.Empty);
        }
        catch (Exception ex)
        {
            Interlocked.Increment(ref _failedBeforeDispatch);
            SelfLog.WriteLine("LogKit could not parse template {0}: {1}", template, ex);
            return;
        }
        Write(level, exception, cached, args, bound, enrichers);
    }

    /// <summary>Builds one event from a parsed template and its captured arguments and dispatches it.</summary>
    public void Write(LogEventLevel level, Exception? exception, CachedTemplate cached, Span<ArgValue> args, PropertySet bound, ILogEventEnricher[]? enrichers)
        => Write(level, exception, cached, args, bound, enrichers, default, default);

    /// <summary>As above, with trace and span ids given by the caller; when both are default, <see cref="Activity.Current"/>'s are used.</summary>
    public void Write(LogEventLevel level, Exception? exception, CachedTemplate cached, Span<ArgValue> args, PropertySet bound, ILogEventEnricher[]? enrichers,
        ActivityTraceId traceId, ActivitySpanId spanId)
    {
        try
        {
            var entry = new LogEntry
            {
                Timestamp = _clock.GetUtcNow(),
                Level = level,
                Exception = exception,
                Template = cached,
                Bound = bound,
                Context = LogContext.Current,
                Global = Volatile.Read(ref _pipelineProperties),
                LocalTimeZone = _clock.LocalTimeZone,
                TraceId = traceId,
                SpanId = spanId,
            };

            if (traceId == default && spanId == default && Activity.Current is { } activity)
            {
                entry.TraceId = activity.TraceId;
                entry.SpanId = activity.SpanId;
            }

            if (cached.BindableArgumentCount == args.Length)
                entry.Args = args;
            else
                BindWithSerilog(ref entry, cached, args);

            // Redaction, before any filter, enricher or sink sees the event: every sink gets the redacted one.
            var redaction = _redaction.Policy;
            if (redaction != null)
            {
                try
                {
                    redaction.Redact(ref entry);
                }
                catch (Exception ex)
                {
                    RedactionPolicy.FailClosed(ref entry, ex);
                }
            }

            if (enrichers != null)
                Enrich(entry.GetLogEvent(), enrichers, redaction);

            Dispatch(ref entry);
        }
        catch (Exception ex)
        {
            Interlocked.Increment(ref _failedBeforeDispatch);
            SelfLog.WriteLine("LogKit could not write an event with template {0}: {1}", cached.Text, ex);
        }
    }

    /// <summary>Dispatches an event built elsewhere (<c>ILogger.Write(LogEvent)</c>), enriching it as Serilog would.</summary>
    public void Write(LogEvent logEvent, PropertySet bound, ILogEventEnricher[]? enrichers)
    {
        try
        {
            // Enrich a copy, as Serilog's sub-loggers do: the caller's event may go on to another
            // pipeline, which must not see this one's bound, context or pipeline-wide properties.
            var redaction = _redaction.Policy;
            logEvent = Copy(logEvent, redaction);
            var context = LogContext.Current;
            var global = Volatile.Read(ref _pipelineProperties);
            if (redaction != null)
            {
                redaction.RedactProperties(logEvent);
                (bound, context, global) = (redaction.Redact(bound), redaction.Redact(context), redaction.Redact(global));
            }
            LogEntry.AddAmbientProperties(logEvent, bound, context, global);
            if (enrichers != null)
                Enrich(logEvent, enrichers, redaction);
            var entry = LogEntry.ForEvent(logEvent, TemplateCache.Get(logEvent.MessageTemplate.Text));
            Dispatch(ref entry);
        }
        catch (Exception ex)
        {
            Interlocked.Increment(ref _failedBeforeDispatch);
            SelfLog.WriteLine("LogKit could not write event {0}: {1}", logEvent.MessageTemplate, ex);
        }
    }

    static LogEvent Copy(LogEvent logEvent, RedactionPolicy? redaction)
    {
        var properties = new List<LogEventProperty>(logEvent.Properties.Count);
        foreach (var (name, value) in logEvent.Properties)
            properties.Add(new LogEventProperty(name, value));
        var exception = logEvent.Exception is { } ex && redaction != null ? redaction.Redact(ex) : logEvent.Exception;
        var template = redaction is null ? logEvent.MessageTemplate : redaction.Redact(logEvent.MessageTemplate);
        return new LogEvent(logEvent.Timestamp, logEvent.Level, exception, template, properties,
            logEvent.TraceId ?? default, logEvent.SpanId ?? default);
    }

    static void BindWithSerilog(ref LogEntry entry, CachedTemplate cached, Span<ArgValue> args)
    {
        var values = new object?[args.Length];
        for (var i = 0; i < values.Length; i++)
            values[i] = args[i].ToObject();
        ValueCapture.BindTemplate(cached.Text, values, out _, out var properties);
        entry.TemplateProperties = properties;
    }

    static void Enrich(LogEvent logEvent, ILogEventEnricher[] enrichers, RedactionPolicy? redaction)
    {
        // What enrichers add is redacted too; what was there is redacted already and is not redacted twice.
        var before = redaction is null ? null : new Dictionary<string, LogEventPropertyValue>(logEvent.Properties);
        foreach (var enricher in enrichers)
        {
            try
            {
                enricher.Enrich(logEvent, PropertyFactory.Instance);
            }
            catch (Exception ex)
            {
                SelfLog.WriteLine("Enricher {0} failed on event {1}: {2}", enricher, logEvent.MessageTemplate, ex);
            }
        }
        redaction?.RedactProperties(logEvent, before);
    }

    void Dispatch(ref LogEntry entry)
    {
        var sinks = _sinks.Current;
        var level = (int)entry.Level;
        LogKitInstruments.EventAccepted(entry.Level);   // metrics: once per event, however many sinks
        for (var i = 0; i < sinks.Length; i++)
        {
            var handle = sinks[i];
            if (level < handle.Level)
                continue;

            var sink = handle.Sink;
            if (handle.Filter is { } filter && !PassesFilter(handle, filter, ref entry))
                continue;

            sink.Counters.AddAccepted();
            try
            {
                sink.Emit(ref entry);
            }
            catch (Exception ex)
            {
                sink.Counters.AddFailed();
                SelfLog.WriteLine("LogKit sink {0} failed on event {1}: {2}", handle.Name, entry.Template.Text, ex);
            }
        }
    }

    static bool PassesFilter(LogSinkHandle handle, Func<LogEvent, bool> filter, ref LogEntry entry)
    {
        try
        {
            return filter(entry.GetLogEvent());
        }
        catch (Exception ex)
        {
            // The event was meant for this sink and is lost to it: accepted, then failed.
            handle.Sink.Counters.AddAccepted();
            handle.Sink.Counters.AddFailed();
            SelfLog.WriteLine("LogKit sink {0}: the filter threw on event {1}: {2}", handle.Name, entry.Template.Text, ex);
            return false;
        }
    }
}
