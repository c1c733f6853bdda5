using LogKit.Core;
using Serilog;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Events;

namespace LogKit;

/// <summary>
/// Logging in one line, with no configuration: <c>Log.Information("Hello {Name}", name)</c> writes
/// to a coloured console at <see cref="LogEventLevel.Information"/> and above. Add sinks with
/// <see cref="AddFile"/>, <see cref="AddConsole"/> and <see cref="AddSink(ILogEventSink, Action{SinkOptions})"/>;
/// each returns a handle that removes it. Everything logged is written at process exit.
/// </summary>
/// <example>
/// <code>
/// using LogKit;
///
/// Log.Information("Hello {Name}", "world");
/// using (LogContext.Push("RequestId", 42))
///     Log.Warning("Disk {Drive} almost full", "C:");
/// Log.CloseAndFlush();
/// </code>
/// </example>
/// <remarks>
/// <see cref="Log"/> is a facade over one default <see cref="LogPipeline"/>, created with a console
/// sink on first use. Libraries and tests should create their own <see cref="LogPipeline"/>.
/// </remarks>
public static partial class Log
{
    static readonly LogPipeline s_pipeline = CreateDefaultPipeline();

    /// <summary>The default pipeline behind this facade, for APIs that take a <see cref="LogPipeline"/>.</summary>
    public static LogPipeline Pipeline => s_pipeline;

    /// <summary>The default pipeline's own <see cref="LogKit.Logger"/>; it is a Serilog <see cref="ILogger"/> too, for code that takes one.</summary>
    public static Logger Logger => s_pipeline.Logger;

    /// <summary>
    /// The lowest level written. Default <see cref="LogEventLevel.Information"/>. Takes effect at once.
    /// </summary>
    public static LogEventLevel MinimumLevel
    {
        get => s_pipeline.MinimumLevel;
        set => s_pipeline.MinimumLevel = value;
    }

    /// <inheritdoc cref="LogPipeline.Redaction"/>
    public static RedactionOptions Redaction => s_pipeline.Redaction;

    /// <summary>True when an event at <paramref name="level"/> would be written by at least one sink.</summary>
    /// <param name="level">The level to test.</param>
    /// <returns>Whether events at that level are processed.</returns>
    public static bool IsEnabled(LogEventLevel level) => s_pipeline.IsEnabled(level);

    /// <summary>A logger whose events carry <c>SourceContext</c> = the full name of <typeparamref name="TSource"/>.</summary>
    /// <typeparam name="TSource">The type doing the logging.</typeparam>
    /// <returns>A logger over the default pipeline, following the minimum-level overrides for that name.</returns>
    public static Logger ForContext<TSource>() => s_pipeline.Logger.ForContext<TSource>();

    /// <summary>A logger whose events carry <c>SourceContext</c> = the full name of <paramref name="source"/>.</summary>
    /// <param name="source">The type doing the logging.</param>
    /// <returns>A logger over the default pipeline, following the minimum-level overrides for that name.</returns>
    public static Logger ForContext(Type source) => s_pipeline.Logger.ForContext(source);

    /// <summary>A logger whose every event carries the property <paramref name="name"/>, captured now.</summary>
    /// <param name="name">The property name; an invalid (empty) name is ignored.</param>
    /// <param name="value">The value.</param>
    /// <param name="destructureObjects">Capture a complex value as a structure instead of its <c>ToString()</c>.</param>
    /// <returns>A logger over the default pipeline.</returns>
    public static Logger ForContext(string name, object? value, bool destructureObjects = false)
        => s_pipeline.Logger.ForContext(name, value, destructureObjects);

    /// <summary>
    /// A logger whose every event carries the property <paramref name="name"/>: Loguru's
    /// <c>logger.bind</c>. The same as <see cref="ForContext(string, object?, bool)"/>.
    /// </summary>
    /// <param name="name">The property name; an invalid (empty) name is ignored.</param>
    /// <param name="value">The value, captured now.</param>
    /// <param name="destructureObjects">Capture a complex value as a structure instead of its <c>ToString()</c>.</param>
    /// <returns>A logger over the default pipeline.</returns>
    public static Logger Bind(string name, object? value, bool destructureObjects = false)
        => s_pipeline.Logger.ForContext(name, value, destructureObjects);

    /// <inheritdoc cref="LogPipeline.AddConsole(Action{ConsoleSinkOptions})"/>
    public static LogSinkHandle AddConsole(Action<ConsoleSinkOptions>? configure = null) => s_pipeline.AddConsole(configure);

    /// <inheritdoc cref="LogPipeline.AddFile(string, Action{FileSinkOptions})"/>
    public static LogSinkHandle AddFile(string path, Action<FileSinkOptions>? configure = null) => s_pipeline.AddFile(path, configure);

    /// <inheritdoc cref="LogPipeline.AddBatchedSink"/>
    public static LogSinkHandle AddBatchedSink(IBatchedLogEventSink sink, Action<BatchedSinkOptions>? configure = null) => s_pipeline.AddBatchedSink(sink, configure);

    /// <inheritdoc cref="LogPipeline.AddSink(ILogEventSink, Action{SinkOptions})"/>
    public static LogSinkHandle AddSink(ILogEventSink sink, Action<SinkOptions>? configure = null) => s_pipeline.AddSink(sink, configure);

    /// <inheritdoc cref="LogPipeline.AddSink(Func{LoggerSinkConfiguration, LoggerConfiguration}, Action{SinkOptions})"/>
    public static LogSinkHandle AddSink(Func<LoggerSinkConfiguration, LoggerConfiguration> writeTo, Action<SinkOptions>? configure = null)
        => s_pipeline.AddSink(writeTo, configure);

    /// <inheritdoc cref="LogPipeline.RemoveAllSinks"/>
    public static void RemoveAllSinks() => s_pipeline.RemoveAllSinks();

    /// <inheritdoc cref="LogPipeline.Flush()"/>
    public static void Flush() => s_pipeline.Flush();

    /// <inheritdoc cref="LogPipeline.FlushAsync"/>
    public static Task FlushAsync(CancellationToken cancellationToken = default) => s_pipeline.FlushAsync(cancellationToken);

    /// <inheritdoc cref="LogPipeline.CloseAndFlush"/>
    public static void CloseAndFlush() => s_pipeline.CloseAndFlush();

    /// <inheritdoc cref="LogPipeline.CloseAndFlushAsync"/>
    public static Task CloseAndFlushAsync() => s_pipeline.CloseAndFlushAsync();

    static LogPipeline CreateDefaultPipeline()
    {
        var pipeline = new LogPipeline();
        pipeline.AddConsole();
        return pipeline;
    }
}
