using Microsoft.Extensions.Logging;
using Serilog.Extensions.Logging;

namespace LogKit.Extensions.Logging;

/// <summary>
/// The Microsoft.Extensions.Logging provider that writes <c>ILogger&lt;T&gt;</c> events to a LogKit
/// pipeline: the category becomes <c>SourceContext</c> (and selects per-namespace level overrides),
/// and scopes become context properties. Disposing the provider flushes the pipeline; the pipeline's
/// own process-exit hook closes it.
/// </summary>
[ProviderAlias("LogKit")]
public sealed class LogKitLoggerProvider : ILoggerProvider
{
    readonly LogPipeline _pipeline;
    readonly SerilogLoggerProvider _serilog;
    readonly IDisposable? _owned;

    /// <summary>Creates a provider over <paramref name="pipeline"/>.</summary>
    /// <param name="pipeline">The pipeline events go to, usually <see cref="Log.Pipeline"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="pipeline"/> is null.</exception>
    public LogKitLoggerProvider(LogPipeline pipeline)
        : this(pipeline, owned: null)
    {
    }

    /// <param name="pipeline">The pipeline events go to.</param>
    /// <param name="owned">Disposed with the provider: the configuration's reload subscription.</param>
    internal LogKitLoggerProvider(LogPipeline pipeline, IDisposable? owned)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        _pipeline = pipeline;
        _owned = owned;
        _serilog = new SerilogLoggerProvider(pipeline.Logger, dispose: false);
    }

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName)
    {
        var categoryLogger = _pipeline.Logger.ForContext(Serilog.Core.Constants.SourceContextPropertyName, categoryName);
        return new LogKitLogger(_serilog.CreateLogger(categoryName), categoryLogger, new NativeWriter(_pipeline, categoryLogger), _pipeline.Redaction);
    }

    /// <summary>Writes everything the pipeline has accepted (the host is shutting down).</summary>
    public void Dispose()
    {
        _owned?.Dispose();
        ShutdownFlush.Run(_pipeline);
        _serilog.Dispose();
    }
}
