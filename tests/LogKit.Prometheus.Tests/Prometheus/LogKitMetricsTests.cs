using System.Net;
using System.Net.Sockets;
using LogKit.Prometheus.Tests.Support;

namespace LogKit.Prometheus.Tests.Prometheus;

/// <summary>StartPrometheusEndpoint: what it serves, and how it fails.</summary>
public class LogKitMetricsTests
{
    [Fact]
    public async Task ServesLogKitMetricsWithPrometheusNamesOnLoopback()
    {
        var port = FreePort.Next();
        var sink = Some.SinkName("file");
        var folder = Path.Combine(Path.GetTempPath(), "logkit-endpoint-" + Guid.NewGuid().ToString("N"));
        using (LogKitMetrics.StartPrometheusEndpoint(port))
        {
            await using (var pipeline = Some.Pipeline())
            {
                pipeline.AddFile(Path.Combine(folder, "app.log"), o => o.Name = sink);
                pipeline.Logger.Error("Failed");
                using (var op = pipeline.BeginOperation("Endpoint operation"))
                    op.Complete();
                await pipeline.FlushAsync();

                var text = await Scrape(port);
                text.Should().MatchRegex("""(?m)^logkit_events_total\{[^}]*level="Error"[^}]*\} [1-9]""");
                text.Should().MatchRegex($$"""(?m)^logkit_sink_events_total\{[^}]*outcome="written"[^}]*sink="{{sink}}"[^}]*\} 2""", "the error and the operation's event");
                text.Should().MatchRegex($$"""(?m)^logkit_sink_write_duration_seconds_bucket\{[^}]*sink="{{sink}}",le="1E-05"\}""");
                text.Should().MatchRegex($$"""(?m)^logkit_queue_length\{[^}]*sink="{{sink}}"[^}]*\} 0""");
                text.Should().MatchRegex($$"""(?m)^logkit_queue_capacity\{[^}]*sink="{{sink}}"[^}]*\} 10000""");
                text.Should().MatchRegex($$"""(?m)^logkit_file_bytes_total\{[^}]*sink="{{sink}}"[^}]*\} [1-9]""");
                text.Should().MatchRegex("""(?m)^logkit_operation_duration_seconds_bucket\{[^}]*operation="Endpoint operation"[^}]*outcome="completed""");
            }
        }
        Directory.Delete(folder, recursive: true);

        var stopped = () => Scrape(port);
        await stopped.Should().ThrowAsync<HttpRequestException>("disposing the endpoint stops serving");
    }

    [Fact]
    public async Task ServesTheMetersTheApplicationNames()
    {
        var port = FreePort.Next();
        using var appMeter = new System.Diagnostics.Metrics.Meter("Orders.Test");
        var orders = appMeter.CreateCounter<long>("orders.placed");
        using var endpoint = LogKitMetrics.StartPrometheusEndpoint(port, o => o.Meters.Add("Orders.Test"));
        orders.Add(3);

        (await Scrape(port)).Should().MatchRegex("""(?m)^orders_placed_total(\{[^}]*\})? 3""");
    }

    [RequiresPrometheusFact]
    public async Task EscapesSinkNamesPrometheusDoesNotAcceptAsIs()
    {
        var port = FreePort.Next();
        var odd = "odd \"sink\"\\ with\nnewline ünïcode {} =,";
        using var endpoint = LogKitMetrics.StartPrometheusEndpoint(port);
        await using var pipeline = Some.Pipeline();
        pipeline.AddSink(new CollectingSink(), o => o.Name = odd);
        pipeline.Logger.Information("Hello");

        var text = await Scrape(port);
        text.Should().Contain("""sink="odd \"sink\"\\ with\nnewline ünïcode {} =,""");
        var (exitCode, output) = CommandLine.Run(PrometheusTools.Promtool, ["check", "metrics"], text);
        exitCode.Should().Be(0, "promtool should accept the exposition: {0}", output);
    }

    [Fact]
    public void APortInUseFailsAtStartWithAClearMessage()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var act = () => LogKitMetrics.StartPrometheusEndpoint(port);

        act.Should().Throw<InvalidOperationException>()
            .WithMessage($"LogKit could not serve metrics on http://127.0.0.1:{port}/metrics: the port is already in use*");
    }

    [Fact]
    public void AnAddressThatIsNotThisMachinesFailsAtStart()
    {
        var act = () => LogKitMetrics.StartPrometheusEndpoint(FreePort.Next(), o => o.Host = "192.0.2.1");

        act.Should().Throw<InvalidOperationException>().WithMessage("*192.0.2.1*not one of this machine's*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(65536)]
    public void APortOutOfRangeIsRefused(int port)
    {
        var act = () => LogKitMetrics.StartPrometheusEndpoint(port);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("port");
    }

    [Fact]
    public void BadOptionsAreRefusedNamingTheOption()
    {
        var noPath = () => LogKitMetrics.StartPrometheusEndpoint(FreePort.Next(), o => o.Path = "metrics");
        var noHost = () => LogKitMetrics.StartPrometheusEndpoint(FreePort.Next(), o => o.Host = " ");

        noPath.Should().Throw<ArgumentException>().WithMessage("PrometheusEndpointOptions.Path must start with '/'*");
        noHost.Should().Throw<ArgumentException>().WithMessage("PrometheusEndpointOptions.Host is empty*");
    }

    internal static async Task<string> Scrape(int port, string path = "/metrics")
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        // The classic text format, as promtool reads it (Prometheus itself negotiates OpenMetrics).
        http.DefaultRequestHeaders.Accept.ParseAdd("text/plain; version=0.0.4");
        var response = await http.GetAsync($"http://127.0.0.1:{port}{path}");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
