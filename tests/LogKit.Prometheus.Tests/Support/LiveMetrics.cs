namespace LogKit.Prometheus.Tests.Support;

/// <summary>
/// One LogKit metrics endpoint and one real Prometheus scraping it (every second, with the sample alert
/// rules loaded), shared by the tests of a class. Started on first use, so that a skipped class starts nothing.
/// </summary>
public sealed class LiveMetrics : IDisposable
{
    readonly SemaphoreSlim _starting = new(1, 1);
    IDisposable? _endpoint;
    PrometheusServer? _server;

    public int EndpointPort { get; } = FreePort.Next();

    public static string AlertsFile => Path.Combine(RepositoryRoot.Path, "samples", "prometheus", "logkit-alerts.yml");

    public async Task<PrometheusServer> ServerAsync()
    {
        await _starting.WaitAsync();
        try
        {
            if (_server is null)
            {
                // A pipeline creates LogKit's meter, so that the first scrape has every series.
                new LogPipeline(new LogPipelineOptions { FlushOnProcessExit = false }).Dispose();
                _endpoint = LogKitMetrics.StartPrometheusEndpoint(EndpointPort);
                _server = new PrometheusServer($"127.0.0.1:{EndpointPort}", [AlertsFile]);
                await _server.WaitUntilReadyAsync();
                // The first scrape comes a few seconds after start: wait until the target is up.
                var up = await _server.WaitForValueAsync("up{job=\"logkit\"}", v => v == 1);
                up.Should().Be(1, "prometheus should scrape the endpoint; its output:\n{0}", _server.Output);
            }
            return _server;
        }
        finally
        {
            _starting.Release();
        }
    }

    // IDisposable, not IAsyncDisposable: xUnit 2 disposes class fixtures only through IDisposable (or
    // IAsyncLifetime), and an IAsyncDisposable-only fixture left its Prometheus running after every test run.
    public void Dispose()
    {
        _server?.Dispose();
        _endpoint?.Dispose();
        _starting.Dispose();
    }
}
