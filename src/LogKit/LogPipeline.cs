using System.Diagnostics;
using LogKit.Capturing;
using LogKit.Core;
using LogKit.Diagnostics;
using LogKit.Pipeline;
using LogKit.Sinks.Console;
using Serilog;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Debugging;
using Serilog.Events;

namespace LogKit;

/// <summary>
/// An isolated logging pipeline: a minimum level, a set of sinks that can be added and removed
/// while logging goes on, and a <see cref="Logger"/> that writes to them. The static
/// <see cref="Log"/> class is a facade over one default pipeline; libraries and tests create
/// their own.
/// </summary>
/// <example>
/// <code>
/// await using var pipeline = new LogPipeline();
/// using var file = pipeline.AddFile("logs/app.log");
/// pipeline.Logger.Information("Started {Version}", version);
/// </code>
/// </example>
/// <remarks>
/// A new pipeline has no sinks. Sinks receive events in the order they were added. Disposing the
/// pipeline flushes and removes every sink. Unless <see cref="LogPipelineOptions.FlushOnProcessExit"/>
/// is false, a pipeline that is still alive when the process exits is flushed and closed then.
/// </remarks>
public sealed partial class LogPipeline : IDisposable, IAsyncDisposable
{
    readonly LevelMap _levels;
    readonly SinkRegistry _sinks;
    readonly EventDispatcher _dispatcher;

    /// <summary>Creates a pipeline with default options and no sinks.</summary>
    public LogPipeline()
        : this(new LogPipelineOptions())
    {
    }

    /// <summary>Creates a pipeline with no sinks.</summary>
    /// <param name="options">The pipeline's settings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or its time provider is null.</exception>
    public LogPipeline(LogPipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.TimeProvider is null)
            throw new ArgumentNullException(nameof(options), "LogPipelineOptions.TimeProvider is null; leave it at its default, TimeProvider.System, or pass a clock.");
        if (options.ShutdownTimeout < TimeSpan.Zero && options.ShutdownTimeout != Timeout.InfiniteTimeSpan)
            throw new ArgumentException($"ShutdownTimeout must not be negative (it was {options.ShutdownTimeout}); the default is 10 seconds.", nameof(options));

        TimeProvider = options.TimeProvider;
        ShutdownTimeout = options.ShutdownTimeout;
        _levels = new LevelMap(options.MinimumLevel);
        _sinks = new SinkRegistry(_levels);
        Redaction = new RedactionOptions();
        Redaction.CopyFrom(options.Redaction);
        _dispatcher = new EventDispatcher(_sinks, TimeProvider, Redaction);
        RootLogger = new Logger(this, PropertySet.Empty, enrichers: null);
        LogKitInstruments.EnsureCreated();   // metrics: every series exists from the first scrape
        if (options.FlushOnProcessExit)
            ProcessExitFlusher.Register(this);
    }

    /// <summary>
    /// The pipeline's own <see cref="LogKit.Logger"/> (no bound properties): every level with up to four unboxed
    /// arguments, interpolated strings, <c>ForContext</c> and <c>Bind</c>. It is a Serilog <see cref="ILogger"/> too.
    /// </summary>
    public Logger Logger => RootLogger;

    /// <summary>
    /// The lowest level the pipeline processes; lower events cost no more than a comparison.
    /// Default <see cref="LogEventLevel.Information"/>. Takes effect at once, on every thread.
    /// </summary>
    public LogEventLevel MinimumLevel
    {
        get => _levels.MinimumLevel;
        set => _levels.MinimumLevel = value;
    }

    /// <summary>The attached sinks, in the order events reach them.</summary>
    public IReadOnlyList<LogSinkHandle> Sinks => _sinks.Current;

    /// <summary>
    /// Event counts summed over every sink this pipeline has had, including removed ones. Events that
    /// failed before reaching any sink (an internal error) are counted as accepted and failed.
    /// </summary>
    public LogCounters Counters
    {
        get
        {
            var early = _dispatcher.FailedBeforeDispatch;
            return _sinks.Counters + new LogCounters(early, 0, 0, early);
        }
    }

    /// <summary>
    /// The pipeline's clock (<see cref="LogPipelineOptions.TimeProvider"/>): event timestamps, time-based
    /// rolling and retention read it. Default <see cref="TimeProvider.System"/>.
    /// </summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>
    /// What this pipeline redacts before any filter or sink sees an event: on by default, with the names of
    /// <see cref="RedactionOptions.DefaultNames"/>. Changes take effect for later events, on every thread.
    /// </summary>
    public RedactionOptions Redaction { get; }

    internal Logger RootLogger { get; }

    internal TimeProvider Clock => TimeProvider;

    internal LevelMap Levels => _levels;

    internal EventDispatcher Dispatcher => _dispatcher;

    /// <summary>
    /// How long shutdown paths (process exit, a termination signal, a host stopping) wait for the sinks
    /// to write what they accepted, from <see cref="LogPipelineOptions.ShutdownTimeout"/>. Default <b>10 s</b>.
    /// </summary>
    public TimeSpan ShutdownTimeout { get; }

    /// <summary>True when an event at <paramref name="level"/> would reach at least one sink's level check.</summary>
    /// <param name="level">The level to test.</param>
    /// <returns>Whether events at that level are processed.</returns>
    public bool IsEnabled(LogEventLevel level) => _levels.IsEnabled(level);

    /// <summary>Flushes and removes every sink, including a default console sink.</summary>
    public void RemoveAllSinks() => _sinks.RemoveAll();

    /// <summary>Waits until every event accepted so far has been written by every sink.</summary>
    /// <param name="cancellationToken">Stops waiting (the events are still written).</param>
    /// <returns>A task that completes when every sink has caught up.</returns>
    public Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var sinks = Sinks;
        if (sinks.Count == 0)
            return Task.CompletedTask;
        var flushes = new Task[sinks.Count];
        for (var i = 0; i < flushes.Length; i++)
            flushes[i] = sinks[i].FlushAsync(cancellationToken);
        return Task.WhenAll(flushes);
    }

    /// <summary>Blocks until every event accepted so far has been written by every sink.</summary>
    public void Flush() => FlushAsync().GetAwaiter().GetResult();

    /// <summary>
    /// Blocks until every event accepted so far has been written by every sink, or until
    /// <paramref name="timeout"/> has passed, whichever comes first: for shutdown paths, where a stuck
    /// sink must not hang the process. Never throws for a sink's failure (that goes to <c>SelfLog</c>).
    /// </summary>
    /// <param name="timeout">The longest wait; <see cref="Timeout.InfiniteTimeSpan"/> waits as long as it takes.
    /// <see cref="ShutdownTimeout"/> is the pipeline's own deadline for shutdowns.</param>
    /// <returns>True when everything was written in time; false when the deadline passed first (the sinks keep writing).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is negative and not infinite.</exception>
    public bool Flush(TimeSpan timeout)
    {
        if (timeout < TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan)
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "The timeout must not be negative; pass Timeout.InfiniteTimeSpan to wait as long as it takes.");
        try
        {
            return FlushAsync().Wait(timeout);
        }
        catch (Exception ex)
        {
            SelfLog.WriteLine("LogKit: flushing failed: {0}", ex);
            return false;
        }
    }

    /// <summary>
    /// Writes everything accepted so far, then closes and removes every sink. The pipeline stays
    /// usable: sinks added afterwards receive later events.
    /// </summary>
    public void CloseAndFlush() => RemoveAllSinks();

    /// <summary>As <see cref="CloseAndFlush"/>, without blocking a thread while the sinks drain.</summary>
    /// <returns>A task that completes when every sink is closed.</returns>
    public Task CloseAndFlushAsync() => _sinks.RemoveAllAsync();

    /// <summary>
    /// For host integrations (LogKit.Extensions.Logging calls it): says that a host handles termination
    /// signals (SIGTERM, SIGINT, SIGQUIT) — it cancels them, stops the application and flushes LogKit on the
    /// way out, as the Generic Host's console and systemd lifetimes do — so LogKit's own signal handler does
    /// not flush too, holding the host's handler up by as much as <see cref="ShutdownTimeout"/>. Pipelines are
    /// still closed at process exit.
    /// </summary>
    /// <returns>Dispose it when the host no longer handles signals; LogKit's handler then flushes again.</returns>
    /// <remarks>Call it only when the host really handles the signals: while it is in effect, a signal that no
    /// one cancels ends the process without LogKit's flush.</remarks>
    public static IDisposable LeaveTerminationSignalsToHost() => ProcessExitFlusher.LeaveSignalsToHost();

    /// <summary>Flushes and removes every sink and stops the process-exit hook for this pipeline.</summary>
    public void Dispose()
    {
        ProcessExitFlusher.Unregister(this);
        CloseAndFlush();
    }

    /// <summary>Flushes and removes every sink and stops the process-exit hook for this pipeline.</summary>
    /// <returns>A task that completes when every sink is closed.</returns>
    public async ValueTask DisposeAsync()
    {
        ProcessExitFlusher.Unregister(this);
        await CloseAndFlushAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Sets the minimum level of events whose <c>SourceContext</c> is <paramref name="sourceContext"/> or
    /// lies under it (<c>"Microsoft"</c> covers <c>"Microsoft.AspNetCore.Hosting"</c>, not
    /// <c>"MicrosoftFoo"</c>). The longest matching prefix wins; it may be lower or higher than
    /// <see cref="MinimumLevel"/>. Takes effect at once, for existing loggers too.
    /// </summary>
    /// <param name="sourceContext">A namespace or type name.</param>
    /// <param name="level">The minimum level for it.</param>
    /// <exception cref="ArgumentException"><paramref name="sourceContext"/> is empty, or <paramref name="level"/> is not a level.</exception>
    public void OverrideMinimumLevel(string sourceContext, LogEventLevel level)
        => _levels.SetOverride(sourceContext, level);

    /// <summary>Replaces every minimum-level override at once (used when configuration reloads).</summary>
    /// <param name="overrides">Source context prefixes and their minimum levels; empty removes all overrides. For a repeated prefix the last entry wins.</param>
    /// <exception cref="ArgumentException">A prefix is blank, or a level is not a <see cref="LogEventLevel"/>.</exception>
    public void SetMinimumLevelOverrides(IEnumerable<KeyValuePair<string, LogEventLevel>> overrides)
        => _levels.SetOverrides(overrides);

    /// <summary>The minimum-level overrides by source context prefix.</summary>
    public IReadOnlyDictionary<string, LogEventLevel> MinimumLevelOverrides => _levels.Overrides;

    /// <summary>
    /// Adds a property to every event of this pipeline, for example the application's name. Template,
    /// bound and context properties of the same name take precedence over it.
    /// </summary>
    /// <param name="name">The property name.</param>
    /// <param name="value">The value, captured now.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public void SetProperty(string name, object? value)
    {
        if (!ValueCapture.IsValidName(name))
            throw new ArgumentException("A property needs a non-empty name, for example SetProperty(\"Application\", \"orders\").", nameof(name));
        _dispatcher.SetProperty(new CapturedProperty(name, value, destructureObjects: false));
    }

    /// <summary>Removes a property added with <see cref="SetProperty"/>; does nothing if there is none.</summary>
    /// <param name="name">The property name.</param>
    public void RemoveProperty(string name) => _dispatcher.RemoveProperty(name);
}
