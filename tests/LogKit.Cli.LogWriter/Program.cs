using System.Globalization;
using LogKit;
using Serilog.Events;

// logwriter <path> <count> [--max-size BYTES] [--stable] [--gzip] [--every-ms N] [--rotations-at a,b,c] [--seed N]
// Writes <count> events to a rolling CLEF log through LogKit's file sink (levels, templates, sources and
// exceptions in a fixed mix), then closes and flushes. With --every-ms it paces the events and flushes
// after each one, so a follower sees them arrive over time.
var path = args[0];
var count = long.Parse(args[1], CultureInfo.InvariantCulture);

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

var everyMs = Option("--every-ms") is { } e ? int.Parse(e, CultureInfo.InvariantCulture) : 0;
var random = new Random(Option("--seed") is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : 1);
using var pipeline = new LogPipeline(new LogPipelineOptions { MinimumLevel = LogEventLevel.Verbose });
pipeline.AddFile(path, o =>
{
    o.MaxFileSize = Option("--max-size") is { } max ? long.Parse(max, CultureInfo.InvariantCulture) : null;
    o.Naming = args.Contains("--stable") ? FileNaming.StableActive : FileNaming.RollForward;
    o.Compression = args.Contains("--gzip") ? FileCompression.GZip : FileCompression.None;
    o.RetainedFileCount = null;
});
Console.WriteLine("started");

string[] sources = ["MyApp.Web.OrdersController", "MyApp.Db.Repository", "MyApp.Payments.Gateway", "MyApp.Worker.Scheduler"];
string[] users = ["alice", "bob", "carol", "dave", "erin"];
for (long i = 0; i < count; i++)
{
    var log = pipeline.Logger.ForContext("SourceContext", sources[i % sources.Length]).ForContext("Seq", i);
    var roll = random.Next(100);
    if (roll < 5)
        log.Error(new TimeoutException("The operation timed out after 30 s"), "Order {OrderId} failed for {User} after {Elapsed} ms", i, users[i % users.Length], random.Next(100, 5000));
    else if (roll < 15)
        log.Warning("Slow query {Query} took {Elapsed} ms", "SELECT * FROM orders WHERE id = @id", random.Next(500, 3000));
    else if (roll < 35)
        log.Debug("Cache {Outcome} for {Key}", roll % 2 == 0 ? "hit" : "miss", "order:" + i);
    else
        log.Information("User {User} bought {Quantity} x {Product} for {Price} (event {Number})", users[i % users.Length], random.Next(1, 5), "Widget", 9.99m, i);

    if (everyMs > 0)
    {
        pipeline.Flush();
        Thread.Sleep(everyMs);
    }
}
pipeline.CloseAndFlush();
Console.WriteLine("done");
return 0;
