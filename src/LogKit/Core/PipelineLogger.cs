using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using LogKit.Capturing;
using LogKit.Pipeline;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace LogKit.Core;

/// <summary>
/// LogKit's implementation of Serilog's <see cref="ILogger"/>: the level is checked before
/// anything is captured, arguments are captured unboxed, and events go to a <see cref="LogPipeline"/>.
/// Bound properties (<c>ForContext</c>) are captured once, when the logger is created.
/// </summary>
internal sealed partial class PipelineLogger : ILogger
{
    readonly string? _sourceContext;
    readonly EventDispatcher _dispatcher;
    readonly LevelMap _levels;

    // The level this logger processes from, and the pipeline's level version it was computed at,
    // in one field so that a reader never sees one without the other.
    long _levelCache = -1;

    public PipelineLogger(LogPipeline pipeline, PropertySet bound, ILogEventEnricher[]? enrichers, string? sourceContext = null)
    {
        Pipeline = pipeline;
        _dispatcher = pipeline.Dispatcher;
        _levels = pipeline.Levels;
        Bound = bound;
        Enrichers = enrichers;
        _sourceContext = sourceContext;
    }

    public LogPipeline Pipeline { get; }

    /// <summary>Where this logger hands its events.</summary>
    public EventDispatcher Dispatcher => _dispatcher;

    /// <summary>Properties bound to this logger, newest first.</summary>
    public PropertySet Bound { get; }

    /// <summary>Enrichers added with <c>ForContext(ILogEventEnricher)</c>, run on each event, newest first.</summary>
    public ILogEventEnricher[]? Enrichers { get; }

    /// <summary>Whether this logger processes <paramref name="level"/>: the pipeline's level, or for a logger with a source context, its override.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsEnabled(LogEventLevel level)
        => _sourceContext is null ? _levels.IsEnabled(level) : (int)level >= EnabledFrom(_sourceContext);

    int EnabledFrom(string sourceContext)
    {
        var cache = Volatile.Read(ref _levelCache);
        var version = _levels.Version;
        if ((int)(cache >> 8) == version)
            return (int)(cache & 0xFF);
        var enabledFrom = _levels.EnabledFrom(sourceContext);
        Volatile.Write(ref _levelCache, (long)version << 8 | (uint)enabledFrom);
        return enabledFrom;
    }

    public ILogger ForContext(ILogEventEnricher enricher)
        => enricher is null ? this : new PipelineLogger(Pipeline, Bound, [enricher, .. Enrichers ?? []], _sourceContext);

    public ILogger ForContext(IEnumerable<ILogEventEnricher> enrichers)
    {
        if (enrichers is null)
            return this;
        var added = enrichers.Where(e => e != null).Reverse().ToArray();
        return added.Length == 0 ? this : new PipelineLogger(Pipeline, Bound, [.. added, .. Enrichers ?? []], _sourceContext);
    }

    public ILogger ForContext(string propertyName, object? value, bool destructureObjects = false)
    {
        // As Serilog: an invalid name is ignored rather than thrown at the caller.
        if (!ValueCapture.IsValidName(propertyName))
            return this;
        // A source context selects the logger's level overrides, as in Serilog.
        var sourceContext = propertyName == Constants.SourceContextPropertyName && value is string context ? context : _sourceContext;
        return new PipelineLogger(Pipeline, Bound.With([new CapturedProperty(propertyName, value, destructureObjects)]), Enrichers, sourceContext);
    }

    public ILogger ForContext<TSource>() => ForContext(typeof(TSource));

    public ILogger ForContext(Type source)
        => source is null ? this : ForContext(Constants.SourceContextPropertyName, source.FullName);

    public void Write(LogEvent logEvent)
    {
        if (logEvent is null || !IsEnabled(logEvent.Level))
            return;
        _dispatcher.Write(logEvent, Bound, Enrichers);
    }

    public bool BindMessageTemplate(string messageTemplate, object?[]? propertyValues,
        [NotNullWhen(true)] out MessageTemplate? parsedTemplate,
        [NotNullWhen(true)] out IEnumerable<LogEventProperty>? boundProperties)
    {
        if (messageTemplate is null)
        {
            parsedTemplate = null;
            boundProperties = null;
            return false;
        }
        ValueCapture.BindTemplate(messageTemplate, propertyValues ?? [], out var parsed, out var properties);
        parsedTemplate = parsed;
        boundProperties = properties;
        return true;
    }

    public bool BindProperty(string? propertyName, object? value, bool destructureObjects, [NotNullWhen(true)] out LogEventProperty? property)
    {
        if (!ValueCapture.IsValidName(propertyName))
        {
            property = null;
            return false;
        }
        property = PropertyFactory.Instance.CreateProperty(propertyName!, value, destructureObjects);
        return true;
    }

    // The Emit overloads run after the level check: they capture arguments into stack slots.

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void Emit(LogEventLevel level, Exception? exception, string messageTemplate)
        => _dispatcher.Write(level, exception, messageTemplate, default, Bound, Enrichers);

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void Emit<T0>(LogEventLevel level, Exception? exception, string messageTemplate, T0 value0)
    {
        var args = new ArgBuffer();
        ArgValue.Set(ref args[0], value0);
        _dispatcher.Write(level, exception, messageTemplate, ((Span<ArgValue>)args)[..1], Bound, Enrichers);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void Emit<T0, T1>(LogEventLevel level, Exception? exception, string messageTemplate, T0 value0, T1 value1)
    {
        var args = new ArgBuffer();
        ArgValue.Set(ref args[0], value0);
        ArgValue.Set(ref args[1], value1);
        _dispatcher.Write(level, exception, messageTemplate, ((Span<ArgValue>)args)[..2], Bound, Enrichers);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void Emit<T0, T1, T2>(LogEventLevel level, Exception? exception, string messageTemplate, T0 value0, T1 value1, T2 value2)
    {
        var args = new ArgBuffer();
        ArgValue.Set(ref args[0], value0);
        ArgValue.Set(ref args[1], value1);
        ArgValue.Set(ref args[2], value2);
        _dispatcher.Write(level, exception, messageTemplate, ((Span<ArgValue>)args)[..3], Bound, Enrichers);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void Emit<T0, T1, T2, T3>(LogEventLevel level, Exception? exception, string messageTemplate, T0 value0, T1 value1, T2 value2, T3 value3)
    {
        var args = new ArgBuffer();
        ArgValue.Set(ref args[0], value0);
        ArgValue.Set(ref args[1], value1);
        ArgValue.Set(ref args[2], value2);
        ArgValue.Set(ref args[3], value3);
        _dispatcher.Write(level, exception, messageTemplate, ((Span<ArgValue>)args)[..4], Bound, Enrichers);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void EmitParams(LogEventLevel level, Exception? exception, string messageTemplate, object?[]? values)
    {
        // As Serilog: a single non-object array passed as params arrives as the array itself.
        if (values != null && values.GetType() != typeof(object[]))
            values = [values];

        var count = values?.Length ?? 0;
        var inline = new ArgBuffer();
        var args = count <= ArgBuffer.Capacity ? ((Span<ArgValue>)inline)[..count] : new ArgValue[count];
        for (var i = 0; i < count; i++)
            ArgValue.SetObject(ref args[i], values![i]);
        _dispatcher.Write(level, exception, messageTemplate, args, Bound, Enrichers);
    }
}
