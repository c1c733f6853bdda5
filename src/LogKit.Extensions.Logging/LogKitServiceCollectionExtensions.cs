using Microsoft.Extensions.Logging;

// In DependencyInjection's namespace, beside AddLogging.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds LogKit to a service collection.</summary>
public static class LogKitServiceCollectionExtensions
{
    /// <summary>
    /// Adds logging with LogKit as its only provider, writing to LogKit's default pipeline, and configures
    /// that pipeline in code: <c>services.AddLogKit(p =&gt; p.AddFile("logs/app.log"))</c>. The providers
    /// registered before it (a host's default console, debug and event-source providers) are removed, as
    /// Serilog's <c>AddSerilog</c> does, so an event is not printed twice, once by them and once by LogKit's
    /// console sink. Use <c>ILoggingBuilder.AddLogKit</c> to keep other providers.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Adds sinks and sets levels on the pipeline.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddLogKit(this IServiceCollection services, Action<LogKit.LogPipeline>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddLogging(builder => builder.ClearProviders().AddLogKit(configure));
    }
}
