// Loggers made from a logger: bound properties, a source context, enrichers. Each returns a Logger, so
// that a chain (Log.ForContext<T>().Bind(...)) keeps the unboxed overloads; Serilog's ILogger gets them
// through explicit implementations.
using LogKit.Capturing;
using Serilog.Core;

namespace LogKit;

public sealed partial class Logger
{
    /// <summary>A logger whose every event carries the property <paramref name="propertyName"/>, captured now.</summary>
    /// <param name="propertyName">The property name; an invalid (null or empty) name is ignored and this logger returned.</param>
    /// <param name="value">The value.</param>
    /// <param name="destructureObjects">Capture a complex value as a structure instead of its <c>ToString()</c>.</param>
    /// <returns>A logger of the same pipeline. <c>SourceContext</c> with a string value also selects the minimum-level overrides.</returns>
    public Logger ForContext(string propertyName, object? value, bool destructureObjects = false)
    {
        // As Serilog: an invalid name is ignored rather than thrown at the caller.
        if (!ValueCapture.IsValidName(propertyName))
            return this;
        // A source context selects the logger's level overrides, as in Serilog.
        var sourceContext = propertyName == Constants.SourceContextPropertyName && value is string context ? context : _sourceContext;
        return new Logger(Pipeline, Bound.With([new CapturedProperty(propertyName, value, destructureObjects)]), Enrichers, sourceContext);
    }

    /// <summary>
    /// A logger whose every event carries the property <paramref name="name"/>: Loguru's <c>logger.bind</c>.
    /// The same as <see cref="ForContext(string, object?, bool)"/>.
    /// </summary>
    /// <param name="name">The property name; an invalid (empty) name is ignored and this logger returned.</param>
    /// <param name="value">The value, captured now.</param>
    /// <param name="destructureObjects">Capture a complex value as a structure instead of its <c>ToString()</c>.</param>
    /// <returns>A logger of the same pipeline.</returns>
    public Logger Bind(string name, object? value, bool destructureObjects = false) => ForContext(name, value, destructureObjects);

    /// <summary>A logger whose events carry <c>SourceContext</c> = the full name of <typeparamref name="TSource"/>.</summary>
    /// <typeparam name="TSource">The type doing the logging.</typeparam>
    /// <returns>A logger of the same pipeline, following the overrides for that name.</returns>
    public Logger ForContext<TSource>() => ForContext(typeof(TSource));

    /// <summary>A logger whose events carry <c>SourceContext</c> = the full name of <paramref name="source"/>.</summary>
    /// <param name="source">The type doing the logging; null returns this logger.</param>
    /// <returns>A logger of the same pipeline, following the overrides for that name.</returns>
    public Logger ForContext(Type source)
        => source is null ? this : ForContext(Constants.SourceContextPropertyName, source.FullName);

    /// <summary>A logger that runs <paramref name="enricher"/> on each of its events, ahead of this logger's own enrichers.</summary>
    /// <param name="enricher">The enricher; null returns this logger.</param>
    /// <returns>A logger of the same pipeline.</returns>
    public Logger ForContext(ILogEventEnricher enricher)
        => enricher is null ? this : new Logger(Pipeline, Bound, [enricher, .. Enrichers ?? []], _sourceContext);

    /// <summary>A logger that runs <paramref name="enrichers"/> on each of its events, ahead of this logger's own enrichers.</summary>
    /// <param name="enrichers">The enrichers; null entries are skipped, and null or none returns this logger.</param>
    /// <returns>A logger of the same pipeline.</returns>
    public Logger ForContext(IEnumerable<ILogEventEnricher> enrichers)
    {
        if (enrichers is null)
            return this;
        var added = enrichers.Where(e => e != null).Reverse().ToArray();
        return added.Length == 0 ? this : new Logger(Pipeline, Bound, [.. added, .. Enrichers ?? []], _sourceContext);
    }

    Serilog.ILogger Serilog.ILogger.ForContext(ILogEventEnricher enricher) => ForContext(enricher);

    Serilog.ILogger Serilog.ILogger.ForContext(IEnumerable<ILogEventEnricher> enrichers) => ForContext(enrichers);

    Serilog.ILogger Serilog.ILogger.ForContext(string propertyName, object? value, bool destructureObjects) => ForContext(propertyName, value, destructureObjects);

    Serilog.ILogger Serilog.ILogger.ForContext<TSource>() => ForContext<TSource>();

    Serilog.ILogger Serilog.ILogger.ForContext(Type source) => ForContext(source);
}
