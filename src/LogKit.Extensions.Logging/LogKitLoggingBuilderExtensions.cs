using LogKit;
using LogKit.Extensions.Logging;
using LogKit.Extensions.Logging.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// In Microsoft.Extensions.Logging's namespace, so AddLogKit shows up beside AddConsole.
namespace Microsoft.Extensions.Logging;

/// <summary>Adds LogKit to Microsoft.Extensions.Logging.</summary>
public static class LogKitLoggingBuilderExtensions
{
    /// <summary>
    /// Sends <c>ILogger&lt;T&gt;</c> events to a LogKit pipeline, by default the one behind
    /// <see cref="Log"/>, configured from a <c>LogKit</c> configuration section: its sinks are replaced by
    /// the configured ones, and levels follow configuration reloads.
    /// </summary>
    /// <param name="builder">The logging builder.</param>
    /// <param name="section">The section, usually <c>builder.Configuration.GetSection("LogKit")</c>.</param>
    /// <param name="pipeline">The pipeline to configure; default <see cref="Log.Pipeline"/>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="LogKitConfigurationException">The section has a mistake; the message names every bad key and value.</exception>
    public static ILoggingBuilder AddLogKit(this ILoggingBuilder builder, IConfiguration section, LogPipeline? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        pipeline ??= LogKit.Log.Pipeline;
        // Applied now, so that a mistake fails at start-up; the provider owns the reload subscription
        // and ends it when the container disposes the provider.
        var configurator = LogKitConfigurator.Apply(pipeline, section);
        return builder.AddLogKit(pipeline, configurator);
    }

    /// <summary>Sends <c>ILogger&lt;T&gt;</c> events to a LogKit pipeline, optionally configuring it in code.</summary>
    /// <param name="builder">The logging builder.</param>
    /// <param name="configure">Adds sinks and sets levels, for example <c>p =&gt; p.AddFile("logs/app.log")</c>.</param>
    /// <returns>The builder.</returns>
    public static ILoggingBuilder AddLogKit(this ILoggingBuilder builder, Action<LogPipeline>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        configure?.Invoke(LogKit.Log.Pipeline);
        return builder.AddLogKit(LogKit.Log.Pipeline);
    }

    /// <summary>Sends <c>ILogger&lt;T&gt;</c> events to <paramref name="pipeline"/>.</summary>
    /// <param name="builder">The logging builder.</param>
    /// <param name="pipeline">The pipeline; <see cref="Log.Pipeline"/> for the static facade's.</param>
    /// <returns>The builder.</returns>
    public static ILoggingBuilder AddLogKit(this ILoggingBuilder builder, LogPipeline pipeline)
        => builder.AddLogKit(pipeline, owned: null);

    static ILoggingBuilder AddLogKit(this ILoggingBuilder builder, LogPipeline pipeline, IDisposable? owned)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(pipeline);
        // LogKit applies its own levels, overrides included: Microsoft.Extensions.Logging's default
        // (Information) must not filter events before they reach it. Other providers keep theirs.
        builder.AddFilter<LogKitLoggerProvider>(null, LogLevel.Trace);
        builder.Services.AddSingleton<ILoggerProvider>(services =>
        {
            RedactorProviderBridge.Apply(pipeline, services);
            return new LogKitLoggerProvider(pipeline, owned);
        });
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, LogKitHostFlush>(services =>
            new LogKitHostFlush(services.GetRequiredService<IHostApplicationLifetime>(), pipeline, services.GetService<IHostLifetime>())));
        return builder;
    }
}
