namespace LogKit;

/// <summary>Options of the endpoint started by <see cref="LogKitMetrics.StartPrometheusEndpoint"/>.</summary>
public sealed class PrometheusEndpointOptions
{
    /// <summary>
    /// The address to listen on. Default <c>"127.0.0.1"</c>: loopback only, so the endpoint is not reachable
    /// from other machines. Use a specific address, or <c>"*"</c> for every address (behind a firewall).
    /// </summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>The path that serves the metrics. Default <c>"/metrics"</c>, where Prometheus looks by default.</summary>
    public string Path { get; set; } = "/metrics";

    /// <summary>
    /// Names of the application's own meters to serve beside <c>LogKit</c>'s, for example
    /// <c>"Orders"</c>; a trailing <c>*</c> matches a prefix (<c>"MyCompany.*"</c>). Default empty.
    /// </summary>
    public IList<string> Meters { get; } = new List<string>();
}
