using LogKit.Pipeline;
using LogKit.Sinks.Console;
using Serilog;
using Serilog.Configuration;
using Serilog.Core;

namespace LogKit;

// The ways to add a sink. Each builds the sink and hands it to the registry.
public sealed partial class LogPipeline
{
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
        return Attach(new BatchedEventSink(sink, name, options, TimeProvider), options, name);
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
        return Attach(new Sinks.File.FileSink(fullPath, options, TimeProvider, name), options, name);
    }

    internal LogSinkHandle Attach(PipelineSink sink, SinkOptions options, string name) => _sinks.Attach(sink, options, name);

    static T Configure<T>(T options, Action<T>? configure)
        where T : SinkOptions
    {
        configure?.Invoke(options);
        if (!Enum.IsDefined(options.MinimumLevel))
            throw new ArgumentException($"MinimumLevel {options.MinimumLevel} is not a LogEventLevel; use Verbose, Debug, Information, Warning, Error or Fatal.", nameof(configure));
        return options;
    }
}
