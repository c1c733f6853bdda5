using System.Text.Json;
using LogKit.Elasticsearch.Bootstrap;
using LogKit.Elasticsearch.Tests.Support;
using LogKit.Elasticsearch.Tests.Support.Fake;
using Serilog.Events;

namespace LogKit.Elasticsearch.Tests;

[Collection(SerialCollection.Name)]
public class AddElasticsearchTests
{
    [Fact]
    public async Task APipelineShipsItsEventsThroughTheBatchedQueue()
    {
        using var folder = TempFolder.ForCaller();
        await using var cluster = await FakeCluster.StartAsync();
        await using (var pipeline = new LogPipeline())
        {
            pipeline.AddElasticsearch(cluster.Uri, o =>
            {
                o.BufferPath = folder.Path;
                o.DataStream = "logs-shop-test";
                o.MinimumLevel = LogEventLevel.Information;
                o.BatchSize = 100;
            });
            for (var i = 0; i < 1000; i++)
                pipeline.Logger.Write(LogEventLevel.Information, "Event {N} of {Batch}", i, "pipeline");
            pipeline.Logger.Write(LogEventLevel.Debug, "Below the sink's level");
            await pipeline.FlushAsync();
            cluster.Count.Should().Be(1000, "a flush returns once the batches are delivered or buffered, and the cluster is up");
        }

        StoreAssert.HoldsExactlyOnce(cluster, 1000, "logs-shop-test");
    }

    [Fact]
    public async Task DocumentsCarryTheRedactedEvent()
    {
        const string secret = "hunter2-S3CRET";
        using var folder = TempFolder.ForCaller();
        await using var cluster = await FakeCluster.StartAsync();
        await using (var pipeline = new LogPipeline(new LogPipelineOptions { FlushOnProcessExit = false }))
        {
            pipeline.AddElasticsearch(cluster.Uri, o => o.BufferPath = folder.Path);
            using (LogContext.Push("ApiKey", secret))
                pipeline.Logger.Error(new InvalidOperationException($"Login to https://svc:{secret}@db failed"), "Login {User} {Password}", "ann", secret);
            await pipeline.FlushAsync();
        }

        var source = cluster.Documents.Should().ContainSingle().Which.Source;
        source.Should().NotContain(secret);
        var document = JsonDocument.Parse(source).RootElement;
        document.GetProperty("error").GetProperty("message").GetString().Should().Be("Login to https://svc:***@db failed");
        document.GetProperty("error").GetProperty("type").GetString().Should().Be("System.InvalidOperationException", "errors still group by the type thrown");
        document.GetProperty("error").GetProperty("stack_trace").GetString().Should().StartWith("System.InvalidOperationException: Login to https://svc:***@db failed");
        source.Should().Contain("\"***\"");
    }

    [Fact]
    public async Task TheStaticLogHasTheSameExtension()
    {
        using var folder = TempFolder.ForCaller();
        await using var cluster = await FakeCluster.StartAsync();
        using (var es = Log.AddElasticsearch(cluster.Uri, o => o.BufferPath = folder.Path))
        {
            Log.Information("Event {N} of {Batch}", 0, "static");
            await es.FlushAsync();
        }

        StoreAssert.HoldsExactlyOnce(cluster, 1);
    }

    [Fact]
    public async Task TwoSinksOnTheSameBufferPathAreRefusedAtConfiguration()
    {
        using var folder = TempFolder.ForCaller();
        await using var cluster = await FakeCluster.StartAsync();
        await using var pipeline = new LogPipeline();
        using var first = pipeline.AddElasticsearch(cluster.Uri, o => o.BufferPath = folder.Path);

        var second = () => pipeline.AddElasticsearch(cluster.Uri, o => o.BufferPath = folder.Path);

        second.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("BufferPath");
        pipeline.Sinks.Should().ContainSingle();
    }

    [Fact]
    public async Task BootstrapInstallsTheIndexTemplateBeforeTheFirstDocument()
    {
        using var folder = TempFolder.ForCaller();
        await using var cluster = await FakeCluster.StartAsync();
        await using (var pipeline = new LogPipeline())
        {
            pipeline.AddElasticsearch(cluster.Uri, o =>
            {
                o.BufferPath = folder.Path;
                o.DataStream = "logs-shop-default";
                o.BootstrapTemplate = true;
            });
            pipeline.Logger.Write(LogEventLevel.Information, "Event {N} of {Batch}", 0, "bootstrap");
            await pipeline.FlushAsync();
        }

        var template = JsonDocument.Parse(cluster.Templates["logkit-shop"]).RootElement;
        template.GetProperty("index_patterns")[0].GetString().Should().Be("logs-shop-*");
        template.GetProperty("priority").GetInt32().Should().BeGreaterThan(100);
        template.GetProperty("template").GetProperty("mappings").GetProperty("properties").GetProperty("logkit")
            .GetProperty("properties").GetProperty("properties_text").GetProperty("type").GetString().Should().Be("match_only_text");
        StoreAssert.HoldsExactlyOnce(cluster, 1, "logs-shop-default");
    }

    [Fact]
    public async Task ATemplateTheClusterRefusesIsReportedAndDocumentsShipWithoutIt()
    {
        using var folder = TempFolder.ForCaller();
        using var selfLog = new SelfLogCapture();
        await using var cluster = await FakeCluster.StartAsync();
        cluster.RefuseTemplates = true;
        await using (var pipeline = new LogPipeline())
        {
            pipeline.AddElasticsearch(cluster.Uri, o =>
            {
                o.BufferPath = folder.Path;
                o.BootstrapTemplate = true;
                o.TimeProvider = TestSinks.FastClock();
            });
            pipeline.Logger.Write(LogEventLevel.Information, "Event {N} of {Batch}", 0, "opensearch");
            await pipeline.FlushAsync();
            await TestSinks.Eventually(() => cluster.Count == 1);
        }

        selfLog.Lines.Should().ContainSingle(l => l.Contains("refused the index template"));
        StoreAssert.HoldsExactlyOnce(cluster, 1);
    }

    [Fact]
    public void TheSampleTemplateIsTheOneTheSinkInstalls()
    {
        var sample = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "samples", "kibana", "index-template.json"));
        using var embedded = new StreamReader(typeof(IndexTemplate).Assembly.GetManifestResourceStream(IndexTemplate.ResourceName)!);

        sample.Should().Be(embedded.ReadToEnd());
    }
}
