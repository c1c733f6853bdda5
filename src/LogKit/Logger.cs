using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using LogKit.Capturing;
using LogKit.Pipeline;
using Serilog.Core;
using Serilog.Events;

namespace LogKit;

/// <summary>
/// A logger of a <see cref="LogPipeline"/>, from <see cref="Log.ForContext{TSource}"/>, <see cref="Log.Bind"/> or
/// <see cref="LogPipeline.Logger"/>: the same methods as the static <see cref="Log"/> facade (every level with up to
/// four arguments captured without boxing or a <c>params</c> array, and interpolated strings), plus the properties
/// bound to it. It is Serilog's <see cref="Serilog.ILogger"/>, so it goes wherever one is taken; held as that
/// interface, calls with four or more arguments go through Serilog's <c>params</c> overloads, so keep the
/// <see cref="Logger"/> type (or <c>var</c>) on hot paths.
/// </summary>
/// <example>
/// <code>
/// static readonly Logger s_log = Log.ForContext&lt;OrderService&gt;();
///
/// s_log.Information("User {UserId} bought {Quantity} x {Product} for {Price}", userId, quantity, product, price);
/// s_log.Bind("OrderId", orderId).Warning($"Payment of {amount} declined");
/// </code>
/// </example>
/// <remarks>
/// The level is checked before anything is captured: a disabled call costs a comparison. Bound properties
/// (<see cref="ForContext(string, object?, bool)"/>, <see cref="Bind"/>) are captured once, when the logger is
/// created, and rank below the template's properties and above <see cref="LogContext"/>'s. A logger with a
/// <c>SourceContext</c> follows <see cref="LogPipeline.OverrideMinimumLevel"/>. Loggers are immutable and safe
/// to share between threads.
/// </remarks>
public sealed partial class Logger : Serilog.ILogger
{
    readonly string? _sourceContext;
    readonly EventDispatcher _dispatcher;
    readonly LevelMap _levels;

    // The level this logger processes from, and the pipeline's level version it was computed at,
    // in one field so that a reader never sees one without the other.
    long _levelCache = -1;

    internal Logger(LogPipeline pipeline, PropertySet bound, ILogEventEnricher[]? enrichers, string? sourceContext = null)
    {
        Pipeline = pipeline;
        _dispatcher = pipeline.Dispatcher;
        _levels = pipeline.Levels;
        Bound = bound;
        Enrichers = enrichers;
        _sourceContext = sourceContext;
    }

    internal LogPipeline Pipeline { get; }

    /// <summary>Where this logger hands its events.</summary>
    internal EventDispatcher Dispatcher => _dispatcher;

    /// <summary>Properties bound to this logger, newest first.</summary>
    internal PropertySet Bound { get; }

    /// <summary>Enrichers added with <c>ForContext(ILogEventEnricher)</c>, run on each event, newest first.</summary>
    internal ILogEventEnricher[]? Enrichers { get; }

    /// <summary>
    /// True when this logger writes events at <paramref name="level"/>: the pipeline's minimum level or, for a
    /// logger with a <c>SourceContext</c>, the override that matches it.
    /// </summary>
    /// <param name="level">The level to test.</param>
    /// <returns>Whether events at that level are processed.</returns>
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

    /// <summary>
    /// Writes an event built elsewhere, with this logger's bound properties and enrichers added (its own
    /// properties of the same names win). Does nothing when its level is off or it is null.
    /// </summary>
    /// <param name="logEvent">The event.</param>
    public void Write(LogEvent logEvent)
    {
        if (logEvent is null || !IsEnabled(logEvent.Level))
            return;
        _dispatcher.Write(logEvent, Bound, Enrichers);
    }

    /// <inheritdoc />
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

    /// <inheritdoc />
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
}
