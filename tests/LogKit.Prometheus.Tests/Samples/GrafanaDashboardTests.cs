using System.Text.Json;
using System.Text.RegularExpressions;
using LogKit.Prometheus.Tests.Support;

namespace LogKit.Prometheus.Tests.Samples;

/// <summary>
/// The Grafana dashboard's structure, checked the way Grafana's dashboard schema defines it (Grafana
/// itself cannot run here): a Prometheus data source variable that every panel and query uses, panels
/// laid out on the 24-column grid, unique ids and refIds, and queries only over metrics LogKit exposes.
/// Its PromQL is run against a real Prometheus in <c>PrometheusServerTests</c>.
/// </summary>
public partial class GrafanaDashboardTests
{
    static readonly string[] s_exposedMetrics =
    [
        "logkit_events_total", "logkit_sink_events_total", "logkit_sink_drops_total", "logkit_queue_length",
        "logkit_queue_capacity", "logkit_sink_write_duration_seconds_bucket", "logkit_file_bytes_total",
        "logkit_file_rotations_total", "logkit_file_archives_total", "logkit_operation_duration_seconds_bucket",
        "logkit_operation_duration_seconds_count",
    ];

    readonly GrafanaDashboard _dashboard = GrafanaDashboard.Load();

    [Fact]
    public void HasAPrometheusDataSourceVariableThatEveryPanelAndQueryUses()
    {
        _dashboard.Variables.Should().ContainSingle(v => v.GetProperty("type").GetString() == "datasource")
            .Which.GetProperty("query").GetString().Should().Be("prometheus");
        var datasource = _dashboard.Variables.Single(v => v.GetProperty("type").GetString() == "datasource").GetProperty("name").GetString();

        foreach (var panel in _dashboard.Panels.Where(p => p.GetProperty("type").GetString() != "row"))
        {
            UsesVariable(panel.GetProperty("datasource"), datasource!);
            foreach (var target in panel.GetProperty("targets").EnumerateArray())
                UsesVariable(target.GetProperty("datasource"), datasource!);
        }
    }

    [Fact]
    public void LaysPanelsOutOnTheGridWithUniqueIdsAndRefIds()
    {
        var panels = _dashboard.Panels.ToList();
        panels.Select(p => p.GetProperty("id").GetInt32()).Should().OnlyHaveUniqueItems();
        foreach (var panel in panels)
        {
            var grid = panel.GetProperty("gridPos");
            var (x, w, h) = (grid.GetProperty("x").GetInt32(), grid.GetProperty("w").GetInt32(), grid.GetProperty("h").GetInt32());
            grid.GetProperty("y").GetInt32().Should().BeGreaterThanOrEqualTo(0);
            (x >= 0 && w > 0 && x + w <= 24 && h > 0).Should().BeTrue("panel {0} must fit the 24-column grid", panel.GetProperty("title"));
            panel.GetProperty("type").GetString().Should().BeOneOf("row", "timeseries", "stat", "gauge", "bargauge", "table");
            if (panel.GetProperty("type").GetString() == "row")
                continue;
            var targets = panel.GetProperty("targets").EnumerateArray().ToList();
            targets.Should().NotBeEmpty();
            targets.Select(t => t.GetProperty("refId").GetString()).Should().OnlyHaveUniqueItems();
        }
        _dashboard.Root.GetProperty("uid").GetString().Should().NotBeNullOrEmpty();
        _dashboard.Root.GetProperty("schemaVersion").GetInt32().Should().BeGreaterThanOrEqualTo(36);
    }

    [Fact]
    public void ShowsEveryPanelTheIssueAsksFor()
    {
        var titles = _dashboard.Panels.Select(p => p.GetProperty("title").GetString()!).ToList();
        titles.Should().Contain(["Events/s by level", "Error ratio", "Drops by reason", "Sink failures", "Queue fill",
            "Sink write latency (p50, p95, p99)", "Bytes written to log files", "Rotations and archives", "Operation latency p95 by name and outcome"]);
        var latency = _dashboard.Panels.Single(p => p.GetProperty("title").GetString() == "Sink write latency (p50, p95, p99)");
        latency.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("expr").GetString()).Should()
            .Satisfy(e => e!.StartsWith("histogram_quantile(0.5,"), e => e!.StartsWith("histogram_quantile(0.95,"), e => e!.StartsWith("histogram_quantile(0.99,"));
    }

    [Fact]
    public void QueriesOnlyMetricsLogKitExposesAndOnlyDefinedVariables()
    {
        var variables = _dashboard.Variables.Select(v => v.GetProperty("name").GetString()).ToHashSet();
        foreach (var expression in _dashboard.Expressions())
        {
            MetricName().Matches(expression).Select(m => m.Value).Should().NotBeEmpty()
                .And.OnlyContain(name => s_exposedMetrics.Contains(name), "the query {0} must use LogKit's metric names", expression);
            foreach (Match variable in Variable().Matches(expression))
                (variable.Groups[1].Value.StartsWith("__", StringComparison.Ordinal) || variables.Contains(variable.Groups[1].Value))
                    .Should().BeTrue("${0} in {1} must be a dashboard variable or a Grafana built-in", variable.Groups[1].Value, expression);
        }
    }

    static void UsesVariable(JsonElement datasource, string variable)
    {
        datasource.GetProperty("type").GetString().Should().Be("prometheus");
        datasource.GetProperty("uid").GetString().Should().Be("${" + variable + "}");
    }

    [GeneratedRegex(@"\blogkit_[a-z_]+")]
    private static partial Regex MetricName();

    [GeneratedRegex(@"\$\{?(\w+)")]
    private static partial Regex Variable();
}
