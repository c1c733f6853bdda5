using System.Diagnostics;
using System.Globalization;
using LogKit.Elasticsearch.Tests.Support.Fake;
using Serilog;
using Serilog.Configuration;
using Serilog.Events;

namespace LogKit.Benchmarks.Elasticsearch;

/// <summary>
/// Ships events to the tests' fake Elasticsearch on loopback (Kestrel, same process) and reports, for
/// LogKit's sink and the Serilog peer: events/s from the first call until the store holds every event,
/// the caller's ns and allocated bytes per call, and peak memory. Then an outage: the node is down while
/// LogKit logs, and the peak managed heap and working set show what the outage costs in memory.
/// <c>dotnet run -c Release --project tests/LogKit.Benchmarks -- elasticsearch [events] [outage events]</c>
/// </summary>
public static class ElasticsearchHarness
{
    const string Template = "User {UserId} bought {Quantity} x {Product} for {Price}";

    public static int Run(string[] args)
    {
        var events = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200_000;
        var outageEvents = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_000_000;
        Console.WriteLine($"# Elasticsearch: {events:N0} events to a fake cluster on loopback; outage with {outageEvents:N0} events");
        Console.WriteLine($"# {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, {DateTime.UtcNow:yyyy-MM-dd}");

        Encoding(events);

        // Warm-up, then three rounds each, alternating.
        ShipAsync("LogKit AddElasticsearch", events / 4, LogKitTarget).GetAwaiter().GetResult();
        ShipAsync("Serilog batching + hand-written _bulk sink", events / 4, SerilogTarget).GetAwaiter().GetResult();
        for (var round = 0; round < 3; round++)
        {
            Report(ShipAsync("LogKit AddElasticsearch", events, LogKitTarget).GetAwaiter().GetResult());
            Report(ShipAsync("Serilog batching + hand-written _bulk sink", events, SerilogTarget).GetAwaiter().GetResult());
        }
        OutageAsync(outageEvents).GetAwaiter().GetResult();
        return 0;
    }

    /// <summary>The sinks' own work without the network or the fake: build the request body (documents + gzip) for every event.</summary>
    static void Encoding(int events)
    {
        var parser = new Serilog.Parsing.MessageTemplateParser();
        var template = parser.Parse(Template);
        var logEvents = Enumerable.Range(0, 1000).Select(i => new LogEvent(DateTimeOffset.UtcNow, LogEventLevel.Information, null, template,
            [new LogEventProperty("UserId", new ScalarValue(i)), new LogEventProperty("Quantity", new ScalarValue(2)),
             new LogEventProperty("Product", new ScalarValue("apple")), new LogEventProperty("Price", new ScalarValue(1.25m))])).ToList();
        var settings = new LogKit.Elasticsearch.Configuration.ElasticsearchSettings
        {
            Nodes = [new LogKit.Elasticsearch.Configuration.ElasticsearchNode(new Uri("http://localhost:9200/"))],
            DataStream = LogKit.Elasticsearch.Configuration.DataStreamName.Parse("logs-logkit-default", "DataStream"),
            BatchSize = 1000, BatchBytes = 5 << 20, FlushInterval = TimeSpan.FromSeconds(2), MaxConcurrentRequests = 2,
            RequestTimeout = TimeSpan.FromSeconds(30), BufferPath = Path.GetTempPath(), MaxBufferSize = 1 << 30,
            ShutdownTimeout = TimeSpan.FromSeconds(10), ServiceName = "bench", BootstrapTemplate = false, TimeProvider = TimeProvider.System, SinkName = "bench",
        };
        var writer = new LogKit.Elasticsearch.Documents.EcsDocumentWriter(settings);
        var formatter = new Serilog.Formatting.Compact.CompactJsonFormatter();
        for (var round = 0; round < 2; round++)
        {
            long logkitBytes = 0;
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            for (var done = 0; done < events; done += logEvents.Count)
            {
                using var output = new LogKit.Elasticsearch.Documents.PooledBufferWriter(1 << 20);
                foreach (var e in logEvents)
                    writer.Write(e, LogKit.Elasticsearch.Documents.EventIds.New(e.Timestamp), output);
                var body = new MemoryStream();
                using (var gzip = new System.IO.Compression.GZipStream(body, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
                    gzip.Write(output.WrittenSpan);
                logkitBytes += output.WrittenCount;
            }
            var logkitNs = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalNanoseconds / events;
            started = System.Diagnostics.Stopwatch.GetTimestamp();
            for (var done = 0; done < events; done += logEvents.Count)
            {
                var body = new MemoryStream();
                using (var gzip = new System.IO.Compression.GZipStream(body, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
                using (var text = new StreamWriter(gzip, new System.Text.UTF8Encoding(false)))
                {
                    foreach (var e in logEvents)
                    {
                        text.Write("{\"create\":{\"_id\":\"");
                        text.Write(Guid.NewGuid().ToString("N"));
                        text.Write("\"}}\n");
                        formatter.Format(e, text);
                    }
                    text.Flush();
                }
            }
            var serilogNs = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalNanoseconds / events;
            if (round == 1)
                Console.WriteLine($"  request body per event (documents + gzip, no network): LogKit ECS {logkitNs:N0} ns ({logkitBytes / events:N0} B uncompressed), Serilog CLEF {serilogNs:N0} ns");
        }
    }

    sealed record Result(string Name, int Events, TimeSpan Total, double CallerNs, double CallerBytes, long PeakWorkingSet);

    static void Report(Result r) => Console.WriteLine(
        $"  {r.Name,-44} {r.Events / r.Total.TotalSeconds,10:N0} ev/s  caller {r.CallerNs,6:N0} ns {r.CallerBytes,6:N0} B/call  peak working set {r.PeakWorkingSet / 1048576.0,6:N0} MB");

    delegate (Action<int> Log, Func<Task> Close) Target(Uri uri, string bufferPath);

    static (Action<int>, Func<Task>) LogKitTarget(Uri uri, string bufferPath)
    {
        var pipeline = new LogPipeline();
        pipeline.AddElasticsearch(uri, o => o.BufferPath = bufferPath);
        var logger = pipeline.Logger;
        return (i => logger.Information(Template, i, 2, "apple", 1.25m), async () => await pipeline.DisposeAsync());
    }

    static (Action<int>, Func<Task>) SerilogTarget(Uri uri, string bufferPath)
    {
        var logger = new LoggerConfiguration()
            .WriteTo.Sink(new SerilogBulkSink(uri, "logs-logkit-default"), new BatchingOptions { BatchSizeLimit = 1000, BufferingTimeLimit = TimeSpan.FromSeconds(2), QueueLimit = null })
            .CreateLogger();
        return (i => logger.Information(Template, i, 2, "apple", 1.25m), () => { logger.Dispose(); return Task.CompletedTask; });
    }

    static async Task<Result> ShipAsync(string name, int events, Target target)
    {
        await using var cluster = await FakeCluster.StartAsync();
        var bufferPath = Path.Combine(Path.GetTempPath(), "logkit-es-bench-" + Guid.NewGuid().ToString("N"));
        var (log, close) = target(cluster.Uri, bufferPath);
        GC.Collect();
        long peak = 0;
        using var sampler = new Timer(_ => { var ws = Environment.WorkingSet; if (ws > Interlocked.Read(ref peak)) Interlocked.Exchange(ref peak, ws); }, null, 0, 50);
        var started = Stopwatch.GetTimestamp();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < events; i++)
            log(i);
        var callerTime = Stopwatch.GetElapsedTime(started);
        var callerBytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        while (cluster.Count < events)
            await Task.Delay(5);
        var total = Stopwatch.GetElapsedTime(started);
        await close();
        if (Directory.Exists(bufferPath))
            Directory.Delete(bufferPath, recursive: true);
        if (cluster.Count != events)
            throw new InvalidOperationException($"{name}: the store holds {cluster.Count} of {events} events");
        return new Result(name, events, total, callerTime.TotalNanoseconds / events, (double)callerBytes / events, peak);
    }

    static async Task OutageAsync(int events)
    {
        await using var cluster = await FakeCluster.StartAsync();
        cluster.Nodes[0].DownUntil(DateTimeOffset.MaxValue);
        var bufferPath = Path.Combine(Path.GetTempPath(), "logkit-es-bench-outage-" + Guid.NewGuid().ToString("N"));
        var pipeline = new LogPipeline();
        var handle = pipeline.AddElasticsearch(cluster.Uri, o => o.BufferPath = bufferPath);
        GC.Collect();
        var baseHeap = GC.GetTotalMemory(true);
        var baseWorkingSet = Environment.WorkingSet;
        long peakHeap = 0, peakWorkingSet = 0;
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < events; i++)
        {
            pipeline.Logger.Information(Template, i, 2, "apple", 1.25m);
            if (i % 10_000 == 0)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
                peakWorkingSet = Math.Max(peakWorkingSet, Environment.WorkingSet);
            }
        }
        var callerTime = Stopwatch.GetElapsedTime(started);
        await handle.FlushAsync();
        var spilled = Stopwatch.GetElapsedTime(started);
        var bufferBytes = Directory.EnumerateFiles(bufferPath, "buffer-*.bin").Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"  outage: {events:N0} events logged in {callerTime.TotalSeconds:N1} s ({callerTime.TotalNanoseconds / events:N0} ns/call), all in the buffer after {spilled.TotalSeconds:N1} s;"
            + $" buffer {bufferBytes / 1048576.0:N0} MB on disk; peak managed heap {(peakHeap - baseHeap) / 1048576.0:N0} MB above start, peak working set {(peakWorkingSet - baseWorkingSet) / 1048576.0:N0} MB above start; dropped {handle.Counters.Dropped}");

        cluster.Nodes[0].DownUntil(DateTimeOffset.MinValue);
        var recovering = Stopwatch.GetTimestamp();
        while (cluster.Count < events)
            await Task.Delay(20);
        Console.WriteLine($"  recovery: {events:N0} buffered events delivered in {Stopwatch.GetElapsedTime(recovering).TotalSeconds:N1} s after the node came back");
        await pipeline.DisposeAsync();
        Directory.Delete(bufferPath, recursive: true);
    }
}
