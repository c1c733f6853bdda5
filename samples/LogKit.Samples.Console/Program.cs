using LogKit;
using Serilog.Events;
using Serilog.Formatting.Compact;

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
await Log.CloseAndFlushAsync();

sealed class OrderService
{
    public static void Ship(int orderId) => throw new InvalidOperationException($"Order {orderId} has no address");
}
