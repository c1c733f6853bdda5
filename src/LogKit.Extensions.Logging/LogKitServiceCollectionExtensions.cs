using Microsoft.Extensions.Logging;

// In DependencyInjection's namespace, beside AddLogging.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds LogKit to a service collection.</summary>
public static class LogKitServiceCollectionExtensions
{
    /// <summary>
    /// Adds logging with LogKit as its provider, writing to LogKit's default pipeline, and configures
    /// that pipeline in code: <c>services.AddLogKit(p =&gt; p.AddFile("logs/app.log"))</c>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Adds sinks and sets levels on the pipeline.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddLogKit(this IServiceCollection services, Action<LogKit.LogPipeline>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddLogging(builder => builder.AddLogKit(configure));
    }
}
