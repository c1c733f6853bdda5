using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace LogKit.Benchmarks.Serve;

/// <summary>
/// <c>serve-data &lt;folder&gt; [megabytes=1024] [days=7]</c>: writes a large rolled CLEF log for the <c>logkit serve</c>
/// load benchmark: 10 MB files named as the file sink names them (<c>app.log</c>, <c>app_001.log</c>, ...), the older
/// half gzipped, events spread evenly over the given days (levels, templates, users and exceptions in a fixed mix).
/// </summary>
public static class ServeDataGenerator
{
    const long FileBytes = 10 * 1024 * 1024;

    public static int Run(string[] args)
    {
        var folder = args.Length > 1 ? args[1] : throw new ArgumentException("serve-data <folder> [megabytes] [days]");
        var megabytes = args.Length > 2 ? long.Parse(args[2], CultureInfo.InvariantCulture) : 1024;
        var days = args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 7;
        Directory.CreateDirectory(folder);
        var total = megabytes * 1024 * 1024;
        var fileCount = (int)Math.Ceiling(total / (double)FileBytes);
        const int averageLine = 230;
        var eventCount = total / averageLine;
        var start = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        var step = TimeSpan.FromDays(days).Ticks / eventCount;

        string[] users = ["alice", "bob", "carol", "dave", "erin"];
        string[] sources = ["MyApp.Web.OrdersController", "MyApp.Db.Repository", "MyApp.Payments.Gateway", "MyApp.Worker.Scheduler"];
        var random = new Random(1);
        long n = 0;
        long totalWritten = 0;
        var line = new StringBuilder(512);
        for (var f = 0; f < fileCount && totalWritten < total; f++)
        {
            var name = f == 0 ? "app.log" : $"app_{f:000}.log";
            var gzip = f < fileCount / 2;
            var path = Path.Combine(folder, gzip ? name + ".gz" : name);
            using var file = File.Create(path);
            using Stream target = gzip ? new GZipStream(file, CompressionLevel.Fastest) : file;
            using var writer = new StreamWriter(target, new UTF8Encoding(false), 1 << 16);
            long written = 0;
            while (written < FileBytes && totalWritten < total)
            {
                var t = start.AddTicks(n * step).UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
                var roll = random.Next(100);
                var user = users[n % users.Length];
                var source = sources[n % sources.Length];
                line.Clear();
                if (roll < 5)
                    line.Append(CultureInfo.InvariantCulture, $$"""{"@t":"{{t}}","@mt":"Order {OrderId} failed for {User} after {Elapsed} ms","@l":"Error","@x":"System.TimeoutException: The operation timed out after 30 s\n   at MyApp.Payments.Gateway.Charge()","OrderId":{{n}},"User":"{{user}}","Elapsed":{{random.Next(100, 5000)}},"SourceContext":"{{source}}"}""");
                else if (roll < 15)
                    line.Append(CultureInfo.InvariantCulture, $$"""{"@t":"{{t}}","@mt":"Slow query {Query} took {Elapsed} ms","@l":"Warning","Query":"SELECT * FROM orders WHERE id = @id","Elapsed":{{random.Next(500, 3000)}},"SourceContext":"{{source}}"}""");
                else if (roll < 35)
                    line.Append(CultureInfo.InvariantCulture, $$"""{"@t":"{{t}}","@mt":"Cache {Outcome} for {Key}","@l":"Debug","Outcome":"{{(roll % 2 == 0 ? "hit" : "miss")}}","Key":"order:{{n}}","SourceContext":"{{source}}"}""");
                else
                    line.Append(CultureInfo.InvariantCulture, $$"""{"@t":"{{t}}","@mt":"User {User} bought {Quantity} x {Product} for {Price} (event {Number})","User":"{{user}}","Quantity":{{random.Next(1, 5)}},"Product":"Widget","Price":9.99,"Number":{{n}},"SourceContext":"{{source}}"}""");
                line.Append('\n');
                writer.Write(line);
                written += line.Length;
                totalWritten += line.Length;
                n++;
            }
        }
        Console.WriteLine($"{n:N0} events in {fileCount} files ({fileCount / 2} gzipped), {totalWritten:N0} bytes uncompressed, over {TimeSpan.FromTicks(n * step).TotalDays:F1} days, in {folder}");
        return 0;
    }
}
