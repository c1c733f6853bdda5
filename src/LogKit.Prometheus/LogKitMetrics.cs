using System.Net;
using System.Net.Sockets;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace LogKit;

/// <summary>
/// Publishes LogKit's own metrics (the <c>LogKit</c> meter: events by level, what each sink wrote,
/// dropped and failed, queue fill, write latency, file bytes and rotations, timed operations) for Prometheus.
/// </summary>
/// <example>
/// <code>
/// using var metrics = LogKitMetrics.StartPrometheusEndpoint(9464);   // http://127.0.0.1:9464/metrics
/// </code>
/// </example>
public static class LogKitMetrics
{
    /// <summary>The name of LogKit's meter, for an existing OpenTelemetry <c>MeterProvider</c>: <c>.AddMeter(LogKitMetrics.MeterName)</c>.</summary>
    public const string MeterName = "LogKit";

    /// <summary>
    /// Starts an HTTP endpoint that serves the <c>LogKit</c> meter (and the meters named in
    /// <see cref="PrometheusEndpointOptions.Meters"/>) in Prometheus' text format, built on OpenTelemetry's
    /// Prometheus exporter. Names follow Prometheus conventions: <c>logkit_events_total{level="Error"}</c>,
    /// <c>logkit_sink_write_duration_seconds_bucket</c>.
    /// </summary>
    /// <param name="port">The TCP port. Default 9464, OpenTelemetry's customary Prometheus port.</param>
    /// <param name="configure">Sets the address (loopback by default), the path and further meters.</param>
    /// <returns>The running endpoint; dispose it to stop serving.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="port"/> is not between 1 and 65535.</exception>
    /// <exception cref="ArgumentException">An option is empty or malformed.</exception>
    /// <exception cref="InvalidOperationException">The endpoint could not listen: the port is in use, or listening there is not allowed.</exception>
    public static IDisposable StartPrometheusEndpoint(int port = 9464, Action<PrometheusEndpointOptions>? configure = null)
    {
        if (port is < 1 or > 65535)
            throw new ArgumentOutOfRangeException(nameof(port), port, "The Prometheus endpoint's port must be between 1 and 65535; the default is 9464.");
        var options = new PrometheusEndpointOptions();
        configure?.Invoke(options);
        Validate(options);

        var builder = Sdk.CreateMeterProviderBuilder().AddMeter(MeterName);
        foreach (var meter in options.Meters)
            builder.AddMeter(meter);
        var url = $"http://{(options.Host.Contains(':', StringComparison.Ordinal) && !options.Host.StartsWith('[') ? "[" + options.Host + "]" : options.Host)}:{port}{options.Path}";

        // The exporter reports only "HttpListener could not be started": try the port first, so that the
        // exception says which of "in use", "not allowed" or "not this machine's address" it was.
        EnsureCanListen(options.Host, port, url);
        try
        {
            var provider = builder.AddPrometheusHttpListener(listener =>
            {
                listener.Host = options.Host;
                listener.Port = port;
                listener.ScrapeEndpointPath = options.Path;
                // Collect on every scrape: Prometheus scrapes seldom, and a cached answer hides the last events.
                listener.ScrapeResponseCacheDurationMilliseconds = 0;
            }).Build();
            return provider;
        }
        catch (Exception ex) when (ex is HttpListenerException or SocketException or InvalidOperationException)
        {
            throw new InvalidOperationException($"LogKit could not serve metrics on {url}: {ex.Message}. Choose another port, or check that this process may listen there.", ex);
        }
    }

    static void Validate(PrometheusEndpointOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Host))
            throw new ArgumentException("PrometheusEndpointOptions.Host is empty; leave the default \"127.0.0.1\" (loopback), or give an address or \"*\".", nameof(options));
        if (string.IsNullOrEmpty(options.Path) || options.Path[0] != '/')
            throw new ArgumentException($"PrometheusEndpointOptions.Path must start with '/' (it was \"{options.Path}\"); the default is \"/metrics\".", nameof(options));
        foreach (var meter in options.Meters)
        {
            if (string.IsNullOrWhiteSpace(meter))
                throw new ArgumentException("PrometheusEndpointOptions.Meters holds an empty name; give each meter's name, for example \"Orders\".", nameof(options));
        }
    }

    static void EnsureCanListen(string host, int port, string url)
    {
        var address = host is "*" or "+" ? IPAddress.Any
            : host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
            : IPAddress.TryParse(host.Trim('[', ']'), out var parsed) ? parsed
            : null;
        if (address is null)
            return;   // a host name: the listener resolves it and reports its own errors
        try
        {
            using var probe = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            probe.Bind(new IPEndPoint(address, port));
            probe.Listen();
        }
        catch (SocketException ex)
        {
            var why = ex.SocketErrorCode switch
            {
                SocketError.AddressAlreadyInUse => "the port is already in use",
                SocketError.AccessDenied => "this process is not allowed to listen on that port",
                SocketError.AddressNotAvailable => "that address is not one of this machine's",
                _ => ex.Message,
            };
            throw new InvalidOperationException($"LogKit could not serve metrics on {url}: {why}. Choose another port or address.", ex);
        }
    }
}
