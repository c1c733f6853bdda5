using System.Diagnostics.Metrics;
using LogKit;
using Serilog.Events;

// Usage: LogKit.Elasticsearch.TestApp <node uri> <buffer path> <events>
// Logs the events to a cluster that is down, waits until every one is in the durable buffer, says
// "buffered N" and then waits to be killed: the test restarts delivery from the same buffer.
var uri = new Uri(args[0]);
var bufferPath = args[1];
var count = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);

long buffered = 0;
using var listener = new MeterListener();
listener.InstrumentPublished = (instrument, l) =>
{
    if (instrument.Meter.Name == "LogKit" && instrument.Name == "logkit.elasticsearch.documents.buffered")
        l.EnableMeasurementEvents(instrument);
};
listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref buffered, value));
listener.Start();

var pipeline = new LogPipeline();
pipeline.AddElasticsearch(uri, o =>
{
    o.BufferPath = bufferPath;
    o.BatchSize = 500;
    o.RequestTimeout = TimeSpan.FromSeconds(2);
    o.ServiceName = "child";
});
for (var i = 0; i < count; i++)
    pipeline.Logger.Write(LogEventLevel.Information, "Child event {N} of {Total}", i, count);
await pipeline.FlushAsync();
while (Interlocked.Read(ref buffered) < count)
    await Task.Delay(10);
Console.WriteLine($"buffered {Interlocked.Read(ref buffered)}");
Console.Out.Flush();
await Task.Delay(Timeout.Infinite);
