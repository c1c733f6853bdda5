using LogKit.Extensions.Logging.Configuration;
using Microsoft.Extensions.Configuration;

namespace LogKit;

/// <summary>Configures the static <see cref="Log"/> facade from a <c>LogKit</c> configuration section.</summary>
public static class LogConfigurationExtensions
{
    extension(Log)
    {
        /// <summary>
        /// Configures the static facade's pipeline from a <c>LogKit</c> section, for applications without a
        /// host: <c>Log.Configure(configuration.GetSection("LogKit"))</c>. Its sinks are replaced by the
        /// configured ones; levels follow configuration reloads.
        /// </summary>
        /// <param name="section">The <c>LogKit</c> section.</param>
        /// <returns>A handle; dispose it to stop following reloads.</returns>
        /// <exception cref="LogKit.Extensions.Logging.LogKitConfigurationException">The section has a mistake; the message names every bad key and value.</exception>
        public static IDisposable Configure(IConfiguration section)
        {
            ArgumentNullException.ThrowIfNull(section);
            return LogKitConfigurator.Apply(Log.Pipeline, section);
        }
    }

    /// <summary>
    /// Configures a pipeline from a <c>LogKit</c> section: its sinks are replaced by the configured ones;
    /// levels follow configuration reloads.
    /// </summary>
    /// <param name="pipeline">The pipeline.</param>
    /// <param name="section">The <c>LogKit</c> section.</param>
    /// <returns>A handle; dispose it to stop following reloads.</returns>
    /// <exception cref="LogKit.Extensions.Logging.LogKitConfigurationException">The section has a mistake; the message names every bad key and value.</exception>
    public static IDisposable Configure(this LogPipeline pipeline, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(section);
        return LogKitConfigurator.Apply(pipeline, section);
    }
}
