using LogKit;
using Serilog.Events;
using Serilog.Formatting.Compact;

// --metrics-port 9464 serves LogKit's own metrics for Prometheus at http://127.0.0.1:9464/metrics.
using var metrics = MetricsPort(args) is { } port ? LogKitMetrics.StartPrometheusEndpoint(port) : null;

// Zero configuration: a coloured console at Information and above.
Log.Information("Hello {Name}, LogKit {Version} here", Environment.UserName, typeof(Log).Assembly.GetName().Version);

// A rolling CLEF file beside the console: 10 MB per file, a new file each day, 14 files kept,
// rolled files gzipped off the logging thread.
var logPath = Path.Combine(AppContext.BaseDirectory, "logs", "sample.log");
var file = Log.AddFile(logPath, o =>
{
    o.MaxFileSize = FileSize.Parse("10 MB");
    o.RollingInterval = RollingInterval.Day;
    o.RetainedFileCount = 14;
    o.Compression = FileCompression.GZip;
});

// Context flows into every event inside the scope, across await and threads.
using (LogContext.Push("RequestId", Guid.NewGuid()))
using (LogContext.Push(new { User = "alice", TenantId = 7 }))
{
    Log.Information("Processing order {OrderId} for {Amount:0.00} EUR", 1042, 99.5m);
    await Task.Run(() => Log.Information("Charged the card on another thread"));
}

// A logger bound to a property, or to a type (SourceContext).
var orders = Log.ForContext<OrderService>().ForContext("OrderId", 1042);
orders.Warning("Stock for {Sku} is low: {Left} left", "SKU-7", 2);

// Catch logs an escaped exception with the caller's name instead of crashing.
Log.Catch(() => OrderService.Ship(1042));
var parsed = Log.Catch(() => int.Parse("not a number"), fallback: -1);
Log.Information("Parsed {Value}", parsed);

// A timed operation: "Packing order 1042 completed in 12.3 ms", with the duration in the
// logkit.operation.duration histogram; Log.Time does the same for one call.
using (var op = Log.BeginOperation("Packing order {OrderId}", 1042))
{
    await Task.Delay(10);
    op.Complete("Parcels", 2);
}
var total = Log.Time("Summing the basket", () => 19.99m + 5.00m);
Log.Information("Basket total {Total}", total);

// Sinks come and go at run time, each with its own level and format.
using (Log.AddConsole(o =>
{
    o.MinimumLevel = LogEventLevel.Warning;
    o.Formatter = new CompactJsonFormatter();
}))
{
    Log.Warning("Shown twice, as text and as JSON: {StatusCode}", 503);
    Log.Information("Shown once");
}

// The global level takes effect at once.
Log.MinimumLevel = LogEventLevel.Debug;
Log.Debug("Debug events now show: {Detail}", "cache warmed");

// Write everything (the process-exit hook would do it too), then read the file back.
await file.FlushAsync();
Console.WriteLine($"{file.Counters.Written} events written to {logPath}:");
foreach (var logEvent in ClefFile.ListLogFiles(logPath, RollingInterval.Day).SelectMany(f => ClefFile.ReadEvents(f)).TakeLast(3))
    Console.WriteLine($"  {logEvent.Timestamp:HH:mm:ss} {logEvent.Level,-11} {logEvent.RenderMessage()}");

if (metrics != null)
{
    Console.WriteLine($"Serving metrics at http://127.0.0.1:{MetricsPort(args)}/metrics; press Enter to stop.");
    Console.ReadLine();
}
await Log.CloseAndFlushAsync();

static int? MetricsPort(string[] args)
{
    var at = Array.IndexOf(args, "--metrics-port");
    if (at < 0)
        return null;
    if (at + 1 < args.Length && int.TryParse(args[at + 1], out var port))
        return port;
    throw new ArgumentException("--metrics-port needs a port number, for example --metrics-port 9464.", nameof(args));
}

sealed class OrderService
{
    public static void Ship(int orderId) => throw new InvalidOperationException($"Order {orderId} has no address");
}
