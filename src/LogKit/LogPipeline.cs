using System.Diagnostics;
using LogKit.Capturing;
using LogKit.Core;
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
    // A level above Fatal: nothing is enabled.
    const int NothingEnabled = (int)LogEventLevel.Fatal + 1;

    readonly object _sinksLock = new();
    readonly TimeProvider _clock;
    LogSinkHandle[] _sinks = [];
    readonly List<LogSinkHandle> _closingSinks = [];
    // The counters of removed sinks, kept (a few bytes each) rather than snapshots: a logging call
    // that read the sink list just before a removal may still count into them.
    readonly List<SinkCounters> _removedSinkCounters = [];
    long _failedBeforeDispatch;
    int _minimumLevel;
    int _enabledFrom = NothingEnabled;
    int _lowestSinkLevel = NothingEnabled;
    int _levelVersion;
    KeyValuePair<string, LogEventLevel>[] _overrides = [];   // longest prefix first
    PropertySet _globalProperties = PropertySet.Empty;

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

        _clock = options.TimeProvider;
        _minimumLevel = (int)options.MinimumLevel;
        ShutdownTimeout = options.ShutdownTimeout;
        RootLogger = new PipelineLogger(this, PropertySet.Empty, enrichers: null);
        if (options.FlushOnProcessExit)
            ProcessExitFlusher.Register(this);
    }

    /// <summary>A Serilog <see cref="ILogger"/> that writes to this pipeline.</summary>
    public ILogger Logger => RootLogger;

    /// <summary>
    /// The lowest level the pipeline processes; lower events cost no more than a comparison.
    /// Default <see cref="LogEventLevel.Information"/>. Takes effect at once, on every thread.
    /// </summary>
    public LogEventLevel MinimumLevel
    {
        get => (LogEventLevel)Volatile.Read(ref _minimumLevel);
        set
        {
            Volatile.Write(ref _minimumLevel, (int)value);
            RecomputeLevels();
        }
    }

    /// <summary>The attached sinks, in the order events reach them.</summary>
    public IReadOnlyList<LogSinkHandle> Sinks => Volatile.Read(ref _sinks);

    /// <summary>
    /// Event counts summed over every sink this pipeline has had, including removed ones. Events that
    /// failed before reaching any sink (an internal error) are counted as accepted and failed.
    /// </summary>
    public LogCounters Counters
    {
        get
        {
            var total = default(LogCounters);
            lock (_sinksLock)
            {
                foreach (var removed in _removedSinkCounters)
                    total += removed.Snapshot();
                foreach (var closing in _closingSinks)
                    total += closing.Counters;
                foreach (var sink in _sinks)
                    total += sink.Counters;
            }
            var early = Interlocked.Read(ref _failedBeforeDispatch);
            return total + new LogCounters(early, 0, 0, early);
        }
    }

    internal PipelineLogger RootLogger { get; }

    internal TimeProvider Clock => _clock;

    /// <summary>
    /// How long shutdown paths (process exit, a termination signal, a host stopping) wait for the sinks
    /// to write what they accepted, from <see cref="LogPipelineOptions.ShutdownTimeout"/>. Default <b>10 s</b>.
    /// </summary>
    public TimeSpan ShutdownTimeout { get; }

    /// <summary>True when an event at <paramref name="level"/> would reach at least one sink's level check.</summary>
    /// <param name="level">The level to test.</param>
    /// <returns>Whether events at that level are processed.</returns>
    public bool IsEnabled(LogEventLevel level) => (int)level >= Volatile.Read(ref _enabledFrom);

    /// <summary>
    /// Adds a Serilog sink, called on the logging thread as Serilog calls it. Any
    /// <see cref="ILogEventSink"/> works: from a sink package, or your own.
    /// </summary>
    /// <param name="sink">The sink. If it is <see cref="IDisposable"/> it is disposed when removed.</param>
    /// <param name="configure">Sets the sink's level, filter and name.</param>
    /// <returns>A handle; dispose it to remove the sink.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sink"/> is null.</exception>
    public LogSinkHandle AddSink(ILogEventSink sink, Action<SinkOptions>? configure = null)
    {
        if (sink is null)
            throw new ArgumentNullException(nameof(sink), "Pass the Serilog sink to add, for example AddSink(new MySink()), or use AddSink(w => w.Seq(...)).");
        var options = Configure(new SinkOptions(), configure);
        var name = options.Name ?? sink.GetType().Name;
        return Attach(new EventSink(name, _ => sink), options, name);
    }

    /// <summary>
    /// Adds a sink through its Serilog configuration method, exactly as it would be written after
    /// <c>WriteTo.</c>, for example <c>AddSink(w =&gt; w.Seq("http://localhost:5341"))</c>.
    /// </summary>
    /// <param name="writeTo">Calls one or more <c>WriteTo</c> methods.</param>
    /// <param name="configure">Sets the sink's level, filter and name.</param>
    /// <returns>A handle; dispose it to remove (and dispose) the configured sinks.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="writeTo"/> is null.</exception>
    public LogSinkHandle AddSink(Func<LoggerSinkConfiguration, LoggerConfiguration> writeTo, Action<SinkOptions>? configure = null)
    {
        if (writeTo is null)
            throw new ArgumentNullException(nameof(writeTo), "Pass a WriteTo call, for example AddSink(w => w.Seq(\"http://localhost:5341\")).");
        var options = Configure(new SinkOptions(), configure);
        var name = options.Name ?? "serilog";
        var sink = new EventSink(name, listener => new LoggerConfiguration()
            .MinimumLevel.Verbose()
            .WriteTo.Fallible(w => writeTo(w), listener)
            .CreateLogger());
        return Attach(sink, options, name);
    }

    /// <summary>
    /// Adds a Serilog batched sink (for example one that sends events over the network) on LogKit's
    /// background queue: <c>EmitBatchAsync</c> is called off the logging thread, one call at a time,
    /// with up to <see cref="BatchedSinkOptions.BatchSize"/> events in the order they were logged;
    /// <c>OnEmptyBatchAsync</c> when <see cref="BatchedSinkOptions.FlushInterval"/> passes with nothing
    /// queued. Events count as written when <c>EmitBatchAsync</c> returns and as failed if it throws;
    /// a full queue blocks or drops per <see cref="QueuedSinkOptions.QueueFullMode"/>.
    /// </summary>
    /// <param name="sink">The sink. When removed, its queue is written first, then it is disposed
    /// (<see cref="IAsyncDisposable"/> or <see cref="IDisposable"/>).</param>
    /// <param name="configure">Sets batch size, flush interval, queue bounds, level, filter and name.</param>
    /// <returns>A handle; dispose it to remove the sink after it has written everything it accepted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sink"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    public LogSinkHandle AddBatchedSink(IBatchedLogEventSink sink, Action<BatchedSinkOptions>? configure = null)
    {
        if (sink is null)
            throw new ArgumentNullException(nameof(sink), "Pass the batched sink to add, for example AddBatchedSink(new MyBatchedSink()).");
        var options = Configure(new BatchedSinkOptions(), configure);
        options.Validate();
        var name = options.Name ?? sink.GetType().Name;
        return Attach(new BatchedEventSink(sink, name, options, _clock), options, name);
    }

    /// <summary>
    /// Adds a coloured console sink (Serilog.Sinks.Console underneath) that writes off the logging
    /// thread. Colours are left out when output is redirected or <c>NO_COLOR</c> is set.
    /// </summary>
    /// <param name="configure">Sets the output template, theme, standard-error level, queue and level.</param>
    /// <returns>A handle; dispose it to remove the sink.</returns>
    public LogSinkHandle AddConsole(Action<ConsoleSinkOptions>? configure = null)
        => AddConsole(Configure(new ConsoleSinkOptions(), configure));

    /// <summary>
    /// Adds a console sink with options prepared elsewhere, for example read from configuration. The
    /// sink reads the options now; changing them afterwards has no effect on it.
    /// </summary>
    /// <param name="options">The console options.</param>
    /// <returns>A handle; dispose it to remove the sink.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    public LogSinkHandle AddConsole(ConsoleSinkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Configure(options, configure: null);
        options.Validate();
        var name = options.Name ?? "console";
        return Attach(new QueuedEventSink(ConsoleSinkFactory.Create(options), name, options, EventQueue.Console), options, name);
    }

    /// <summary>
    /// Adds a rolling file sink: CLEF by default, rolled by size (<b>100 MB</b>) and optionally by time,
    /// with retention (<b>31 files</b>), optional gzip of rolled files, and writing off the logging thread.
    /// </summary>
    /// <param name="path">The log file, for example <c>"logs/app.log"</c>; its folder is created when needed.
    /// Rolled files take their names from it (<c>app_001.log</c>, <c>app20261125.log</c>).</param>
    /// <param name="configure">Sets size and time rolling, retention, compression, naming, format and level.</param>
    /// <returns>A handle; dispose it to remove the sink after it has written everything it accepted.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or not a valid file path, or an option is out of range.</exception>
    /// <exception cref="InvalidOperationException">Another file sink of this process already writes <paramref name="path"/> without <see cref="FileSinkOptions.Shared"/>.</exception>
    public LogSinkHandle AddFile(string path, Action<FileSinkOptions>? configure = null)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new ArgumentException("Pass the log file's path, for example AddFile(\"logs/app.log\").", nameof(path));
        return AddFile(path, Configure(new FileSinkOptions(), configure));
    }

    /// <summary>
    /// Adds a rolling file sink with options prepared elsewhere, for example read from configuration.
    /// The sink reads the options now; changing them afterwards has no effect on it.
    /// </summary>
    /// <param name="path">The log file; its folder is created now.</param>
    /// <param name="options">The file options.</param>
    /// <returns>A handle; dispose it to remove the sink after it has written everything it accepted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or not a valid file path, its folder cannot be created, or an option is out of range.</exception>
    /// <exception cref="InvalidOperationException">Another file sink of this process already writes <paramref name="path"/> without <see cref="FileSinkOptions.Shared"/>.</exception>
    public LogSinkHandle AddFile(string path, FileSinkOptions options)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new ArgumentException("Pass the log file's path, for example AddFile(\"logs/app.log\").", nameof(path));
        ArgumentNullException.ThrowIfNull(options);
        Configure(options, configure: null);
        options.Validate();

        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new ArgumentException($"'{path}' is not a valid file path: {ex.Message}", nameof(path), ex);
        }
        if (Path.GetFileName(fullPath).Length == 0)
            throw new ArgumentException($"'{path}' names a folder; add a file name, for example \"{Path.Combine(path, "app.log")}\".", nameof(path));

        LogKit.Sinks.File.LogFilePath.CreateFolder(path, fullPath);
        HandOverFileBeingReplaced(fullPath);

        var name = options.Name ?? "file:" + Path.GetFileName(fullPath);
        return Attach(new Sinks.File.FileSink(fullPath, options, _clock, name), options, name);
    }

    /// <summary>Flushes and removes every sink, including a default console sink.</summary>
    public void RemoveAllSinks()
    {
        foreach (var handle in DetachAll())
        {
            handle.Sink.Close();
            Retire(handle);
        }
    }

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
    public async Task CloseAndFlushAsync()
    {
        var detached = DetachAll();
        var closes = new Task[detached.Length];
        for (var i = 0; i < detached.Length; i++)
            closes[i] = detached[i].Sink.CloseAsync().AsTask();
        await Task.WhenAll(closes).ConfigureAwait(false);
        foreach (var handle in detached)
            Retire(handle);
    }

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

    internal LogSinkHandle Attach(PipelineSink sink, SinkOptions options, string name)
    {
        lock (_sinksLock)
        {
            if (_replacement is { } staged)
                return Stage(staged, sink, options, name);
            var handle = new LogSinkHandle(this, sink, options, UniqueName(name, _sinks));
            Volatile.Write(ref _sinks, [.. _sinks, handle]);
            RecomputeLevels();
            return handle;
        }
    }

    internal void Detach(LogSinkHandle handle)
    {
        lock (_sinksLock)
        {
            var index = Array.IndexOf(_sinks, handle);
            if (index < 0)
                return;
            Volatile.Write(ref _sinks, [.. _sinks.AsSpan(0, index), .. _sinks.AsSpan(index + 1)]);
            // The sink keeps counting while it drains: it stays in the totals as a closing sink
            // until Retire adds its final counts, so the totals never go backwards.
            _closingSinks.Add(handle);
            RecomputeLevels();
        }
    }

    internal void Retire(LogSinkHandle handle)
    {
        lock (_sinksLock)
        {
            if (_closingSinks.Remove(handle))
                _removedSinkCounters.Add(handle.Sink.Counters);
        }
    }

    LogSinkHandle[] DetachAll()
    {
        var detached = new List<LogSinkHandle>();
        foreach (var handle in Sinks)
        {
            if (handle.MarkRemoved())
            {
                Detach(handle);
                detached.Add(handle);
            }
        }
        return detached.ToArray();
    }

    internal void RecomputeLevels()
    {
        lock (_sinksLock)
        {
            var lowestSink = NothingEnabled;
            foreach (var sink in _sinks)
                lowestSink = Math.Min(lowestSink, sink.Level);
            Volatile.Write(ref _lowestSinkLevel, lowestSink);
            Volatile.Write(ref _enabledFrom, Math.Max(Volatile.Read(ref _minimumLevel), lowestSink));
            // Loggers with a source context cache their level against this version.
            Interlocked.Increment(ref _levelVersion);
        }
    }

    /// <summary>Changes with every level change; loggers re-read their level when it does.</summary>
    internal int LevelVersion => Volatile.Read(ref _levelVersion);

    /// <summary>The lowest level a logger with this source context processes, overrides applied.</summary>
    internal int EnabledFrom(string sourceContext)
    {
        var minimum = Volatile.Read(ref _minimumLevel);
        foreach (var (prefix, level) in Volatile.Read(ref _overrides))
        {
            if (sourceContext.StartsWith(prefix, StringComparison.Ordinal)
                && (sourceContext.Length == prefix.Length || sourceContext[prefix.Length] == '.'))
            {
                minimum = (int)level;
                break;
            }
        }
        return Math.Max(minimum, Volatile.Read(ref _lowestSinkLevel));
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
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceContext);
        if (!Enum.IsDefined(level))
            throw new ArgumentException($"{level} is not a LogEventLevel; use Verbose, Debug, Information, Warning, Error or Fatal.", nameof(level));
        lock (_sinksLock)
            SetOverrides(_overrides.Where(o => o.Key != sourceContext).Append(new(sourceContext, level)));
    }

    /// <summary>Replaces every minimum-level override at once (used when configuration reloads).</summary>
    /// <param name="overrides">Source context prefixes and their minimum levels; empty removes all overrides. For a repeated prefix the last entry wins.</param>
    /// <exception cref="ArgumentException">A prefix is blank, or a level is not a <see cref="LogEventLevel"/>.</exception>
    public void SetMinimumLevelOverrides(IEnumerable<KeyValuePair<string, LogEventLevel>> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var byPrefix = new Dictionary<string, LogEventLevel>(StringComparer.Ordinal);
        foreach (var (prefix, level) in overrides)
        {
            if (string.IsNullOrWhiteSpace(prefix))
                throw new ArgumentException("An override needs a source context prefix, for example \"Microsoft\".", nameof(overrides));
            if (!Enum.IsDefined(level))
                throw new ArgumentException($"{level} is not a LogEventLevel; use Verbose, Debug, Information, Warning, Error or Fatal.", nameof(overrides));
            byPrefix[prefix] = level;
        }
        lock (_sinksLock)
            SetOverrides(byPrefix);
    }

    /// <summary>The minimum-level overrides by source context prefix.</summary>
    public IReadOnlyDictionary<string, LogEventLevel> MinimumLevelOverrides
        => Volatile.Read(ref _overrides).ToDictionary(o => o.Key, o => o.Value, StringComparer.Ordinal);

    /// <summary>Publishes validated overrides; called under the sinks lock so that merges do not race.</summary>
    void SetOverrides(IEnumerable<KeyValuePair<string, LogEventLevel>> overrides)
    {
        Volatile.Write(ref _overrides, overrides.OrderByDescending(o => o.Key.Length).ToArray());
        RecomputeLevels();
    }

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
        var property = new CapturedProperty(name, value, destructureObjects: false);
        lock (_sinksLock)
            Volatile.Write(ref _globalProperties, _globalProperties.Without(name).With([property]));
    }

    /// <summary>Removes a property added with <see cref="SetProperty"/>; does nothing if there is none.</summary>
    /// <param name="name">The property name.</param>
    public void RemoveProperty(string name)
    {
        lock (_sinksLock)
            Volatile.Write(ref _globalProperties, _globalProperties.Without(name));
    }

    static string UniqueName(string name, IEnumerable<LogSinkHandle> others)
    {
        var unique = name;
        for (var n = 2; others.Any(s => s.Name == unique); n++)
            unique = name + "#" + n;
        return unique;
    }

    static T Configure<T>(T options, Action<T>? configure)
        where T : SinkOptions
    {
        configure?.Invoke(options);
        if (!Enum.IsDefined(options.MinimumLevel))
            throw new ArgumentException($"MinimumLevel {options.MinimumLevel} is not a LogEventLevel; use Verbose, Debug, Information, Warning, Error or Fatal.", nameof(configure));
        return options;
    }

    /// <summary>Creates and dispatches one event. Never throws.</summary>
    internal void Write(LogEventLevel level, Exception? exception, string? template, Span<ArgValue> args, PipelineLogger logger)
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
        Write(level, exception, cached, args, logger);
    }

    /// <summary>Creates and dispatches one event from a parsed template. Never throws.</summary>
    internal void Write(LogEventLevel level, Exception? exception, CachedTemplate cached, Span<ArgValue> args, PipelineLogger logger)
    {
        try
        {
            var entry = new LogEntry
            {
                Timestamp = _clock.GetUtcNow(),
                Level = level,
                Exception = exception,
                Template = cached,
                Bound = logger.Bound,
                Context = LogContext.Current,
                Global = Volatile.Read(ref _globalProperties),
                LocalTimeZone = _clock.LocalTimeZone,
            };

            var activity = Activity.Current;
            if (activity != null)
            {
                entry.TraceId = activity.TraceId;
                entry.SpanId = activity.SpanId;
            }

            if (cached.BindableArgumentCount == args.Length)
                entry.Args = args;
            else
                BindWithSerilog(ref entry, cached, args);

            if (logger.Enrichers != null)
                Enrich(entry.GetLogEvent(), logger.Enrichers);

            Dispatch(ref entry);
        }
        catch (Exception ex)
        {
            Interlocked.Increment(ref _failedBeforeDispatch);
            SelfLog.WriteLine("LogKit could not write an event with template {0}: {1}", cached.Text, ex);
        }
    }

    /// <summary>Dispatches an event built elsewhere (<c>ILogger.Write(LogEvent)</c>), enriching it as Serilog would.</summary>
    internal void Write(LogEvent logEvent, PipelineLogger logger)
    {
        try
        {
            LogEntry.AddAmbientProperties(logEvent, logger.Bound, LogContext.Current, Volatile.Read(ref _globalProperties));
            if (logger.Enrichers != null)
                Enrich(logEvent, logger.Enrichers);
            var entry = LogEntry.ForEvent(logEvent, TemplateCache.Get(logEvent.MessageTemplate.Text));
            Dispatch(ref entry);
        }
        catch (Exception ex)
        {
            Interlocked.Increment(ref _failedBeforeDispatch);
            SelfLog.WriteLine("LogKit could not write event {0}: {1}", logEvent.MessageTemplate, ex);
        }
    }

    static void BindWithSerilog(ref LogEntry entry, CachedTemplate cached, Span<ArgValue> args)
    {
        var values = new object?[args.Length];
        for (var i = 0; i < values.Length; i++)
            values[i] = args[i].ToObject();
        ValueCapture.BindTemplate(cached.Text, values, out _, out var properties);
        entry.TemplateProperties = properties;
    }

    static void Enrich(LogEvent logEvent, ILogEventEnricher[] enrichers)
    {
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
    }

    void Dispatch(ref LogEntry entry)
    {
        var sinks = Volatile.Read(ref _sinks);
        var level = (int)entry.Level;
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
