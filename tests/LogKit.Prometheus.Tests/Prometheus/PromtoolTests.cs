using LogKit.Prometheus.Tests.Support;

namespace LogKit.Prometheus.Tests.Prometheus;

/// <summary>Prometheus' own checker on the endpoint's output and the sample configuration.</summary>
public class PromtoolTests
{
    [RequiresPrometheusFact]
    public async Task TheEndpointsOutputPassesPromtoolCheckMetrics()
    {
        var port = FreePort.Next();
        var folder = Path.Combine(Path.GetTempPath(), "logkit-promtool-" + Guid.NewGuid().ToString("N"));
        using (LogKitMetrics.StartPrometheusEndpoint(port))
        await using (var pipeline = Some.Pipeline())
        {
            pipeline.AddFile(Path.Combine(folder, "app.log"));
            pipeline.AddSink(new ThrowingSink());
            pipeline.Logger.Error("Failed");
            pipeline.Time("promtool operation", () => { });
            await pipeline.FlushAsync();

            var text = await LogKitMetricsTests.Scrape(port);
            var (exitCode, output) = CommandLine.Run(PrometheusTools.Promtool, ["check", "metrics"], text);
            exitCode.Should().Be(0, "promtool check metrics should pass:\n{0}\non:\n{1}", output, text);
        }
        Directory.Delete(folder, recursive: true);
    }

    [RequiresPrometheusFact]
    public void TheSampleAlertRulesPassPromtoolCheckRules()
    {
        var (exitCode, output) = CommandLine.Run(PrometheusTools.Promtool, ["check", "rules", LiveMetrics.AlertsFile]);

        exitCode.Should().Be(0, output);
        output.Should().Contain("SUCCESS: 5 rules found");
    }

    [RequiresPrometheusFact]
    public void TheSampleConfigurationPassesPromtoolCheckConfig()
    {
        var config = Path.Combine(RepositoryRoot.Path, "samples", "prometheus", "prometheus.yml");

        var (exitCode, output) = CommandLine.Run(PrometheusTools.Promtool, ["check", "config", config]);

        exitCode.Should().Be(0, output);
        output.Should().Contain("is valid prometheus config file syntax");
    }
}
