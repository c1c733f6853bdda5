using System.Net.Http.Json;
using System.Text.Json;
using LogKit.Prometheus.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace LogKit.Prometheus.Tests.Prometheus;

/// <summary>A real Prometheus server scrapes LogKit's endpoint: the counts it sees, and the sample dashboard's and alerts' queries.</summary>
public sealed class PrometheusServerTests(LiveMetrics live) : IClassFixture<LiveMetrics>
{
    [RequiresPrometheusFact]
    public async Task SeesExactlyTheErrorsDropsAndOperationsLogged()
    {
        var server = await live.ServerAsync();
        const string errors = "sum(logkit_events_total{level=\"Error\"})";
        var errorsBefore = await server.ValueAsync(errors);
        errorsBefore.Should().NotBeNull("the first scrape has every level");

        var clock = new FakeTimeProvider();
        var consoleName = Some.SinkName("console");
        await using var pipeline = Some.Pipeline(clock);
        pipeline.AddSink(new CollectingSink());
        using (var console = new BlockingConsole())
        {
            pipeline.AddConsole(o =>
            {
                o.Name = consoleName;
                o.QueueCapacity = 1;
                o.QueueFullMode = QueueFullMode.Drop;
                o.MinimumLevel = Serilog.Events.LogEventLevel.Fatal;
            });
            // 7 errors; then, with the console's writer held, 3 Fatal events that its full queue drops.
            for (var i = 0; i < 7; i++)
                pipeline.Logger.Error("Payment {Attempt} failed", i);
            pipeline.Logger.Fatal("Held in the console's write");
            console.WaitUntilBlocked();
            for (var i = 0; i < 3; i++)
                pipeline.Logger.Fatal("Dropped {Number}", i);
            console.Release();
            await pipeline.FlushAsync();
        }
        // 5 operations of 10, 20, 30, 40 and 50 ms on the pipeline's clock.
        for (var i = 1; i <= 5; i++)
        {
            using var op = pipeline.BeginOperation("Live operation {Number}", i);
            op.Name = "live-operation";
            clock.Advance(TimeSpan.FromMilliseconds(10 * i));
            op.Complete();
        }

        var errorsAfter = await server.WaitForValueAsync(errors, v => v >= errorsBefore + 7);
        errorsAfter.Should().Be(errorsBefore + 7, "exactly the 7 errors logged; prometheus output:\n{0}", server.Output);

        var drops = await server.WaitForValueAsync($"sum(logkit_sink_drops_total{{sink=\"{consoleName}\"}})", v => v >= 3);
        drops.Should().Be(3);
        (await server.ValueAsync($"logkit_sink_drops_total{{sink=\"{consoleName}\",reason=\"queue_full\"}}")).Should().Be(3);

        const string operations = "sum(logkit_operation_duration_seconds_count{operation=\"live-operation\",outcome=\"completed\"})";
        (await server.WaitForValueAsync(operations, v => v >= 5)).Should().Be(5);
        // Buckets ... 0.01, 0.025, 0.05 ...: 1 at or below 10 ms, 2 at or below 25 ms, all 5 at or below 50 ms.
        var p90 = await server.ValueAsync("histogram_quantile(0.9, sum by (le) (logkit_operation_duration_seconds_bucket{operation=\"live-operation\"}))");
        p90.Should().BeInRange(0.025, 0.05);
        (await server.ValueAsync("sum(logkit_operation_duration_seconds_sum{operation=\"live-operation\"})")).Should().BeApproximately(0.15, 1e-9);
    }

    [RequiresPrometheusFact]
    public async Task EveryDashboardQueryRunsWithoutError()
    {
        var server = await live.ServerAsync();
        // Data for every instrument: a file sink (bytes, write latency, queue) and an operation.
        var folder = Path.Combine(Path.GetTempPath(), "logkit-dashboard-" + Guid.NewGuid().ToString("N"));
        await using (var pipeline = Some.Pipeline())
        {
            pipeline.AddFile(Path.Combine(folder, "app.log"));
            pipeline.Logger.Warning("Dashboard data");
            pipeline.Time("dashboard-operation", () => { });
            await pipeline.FlushAsync();
            await server.WaitForValueAsync("count(logkit_file_bytes_total)", v => v >= 1);
        }
        Directory.Delete(folder, recursive: true);

        var expressions = GrafanaDashboard.Load().Expressions().ToList();
        expressions.Should().HaveCountGreaterThan(10);
        foreach (var expression in expressions)
        {
            var promql = GrafanaDashboard.ForPrometheus(expression);
            var answer = await server.QueryAsync(promql);
            answer.GetProperty("status").GetString().Should().Be("success", "the dashboard query {0} should run: {1}", promql, answer);
        }
        var levels = "count(" + GrafanaDashboard.ForPrometheus("sum by (level) (rate(logkit_events_total{job=~\"$job\"}[$__rate_interval]))") + ")";
        (await server.WaitForValueAsync(levels, v => v == 6)).Should().Be(6, "the events panel shows every level once two scrapes are in");
    }

    [RequiresPrometheusFact]
    public async Task TheSampleAlertRulesLoadAndEvaluateWithoutError()
    {
        var server = await live.ServerAsync();

        // Rules are evaluated every second; a rule whose query fails has health "err".
        var rules = await Poll.UntilAsync(
            async () => (JsonElement?)(await server.Http.GetFromJsonAsync<JsonElement>("api/v1/rules"))
                .GetProperty("data").GetProperty("groups")[0].GetProperty("rules"),
            r => r!.Value.EnumerateArray().All(rule => rule.GetProperty("health").GetString() != "unknown"),
            TimeSpan.FromSeconds(30));

        rules!.Value.GetArrayLength().Should().Be(5);
        foreach (var rule in rules.Value.EnumerateArray())
            rule.GetProperty("health").GetString().Should().Be("ok", "rule {0} should evaluate: {1}", rule.GetProperty("name"), rule);
    }
}
