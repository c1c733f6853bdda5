using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace LogKit.Benchmarks.Serve;

/// <summary>
/// <c>serve-load &lt;url&gt; [clients=20] [seconds=30]</c>: concurrent API clients against a running <c>logkit serve</c>.
/// Each client loops over a mix of what the page asks (a first page, the histogram and the top templates for a
/// filter and time range, then older pages with <c>before</c>), and the harness reports errors and latency
/// percentiles per endpoint. First it times the cold questions (the first scan, the first use of each filter).
/// </summary>
public static class ServeLoadHarness
{
    static readonly string[] Filters = ["", "@l = 'Error'", "User = 'alice'", "Elapsed > 2500", "StartsWith(SourceContext, 'MyApp.Db')"];
    static readonly string[] Ranges = ["", "from=2026-11-03T00:00:00Z&to=2026-11-04T00:00:00Z", "from=2026-11-05T06:30:00Z&to=2026-11-05T07:45:00Z", "from=2026-11-07T23:00:00Z"];

    public static async Task<int> RunAsync(string[] args)
    {
        var url = new Uri(args.Length > 1 ? args[1] : "http://127.0.0.1:5380/");
        var clients = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
        var seconds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 30;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients * 2 }) { BaseAddress = url, Timeout = TimeSpan.FromMinutes(5) };

        Console.WriteLine($"cold: {await TimeAsync(http, "api/status")} ms for /api/status (the first scan)");
        foreach (var filter in Filters.Where(f => f.Length > 0))
            Console.WriteLine($"cold: {await TimeAsync(http, "api/histogram?where=" + Uri.EscapeDataString(filter))} ms for the first histogram of {filter}");

        var latencies = new Dictionary<string, List<double>> { ["events"] = [], ["events+before"] = [], ["histogram"] = [], ["templates"] = [] };
        var errors = 0L;
        var requests = 0L;
        var deadline = Stopwatch.StartNew();
        var duration = TimeSpan.FromSeconds(seconds);

        async Task Client(int id)
        {
            var random = new Random(id);
            while (deadline.Elapsed < duration)
            {
                var where = Filters[random.Next(Filters.Length)];
                var range = Ranges[random.Next(Ranges.Length)];
                var query = "where=" + Uri.EscapeDataString(where) + (range.Length > 0 ? "&" + range : "");
                var page = await Request(http, "events", $"api/events?limit=100&{query}");
                await Request(http, "histogram", $"api/histogram?{query}");
                await Request(http, "templates", $"api/templates?{query}");
                var next = page?.GetProperty("next").GetString();
                for (var i = 0; i < 3 && next != null && deadline.Elapsed < duration; i++)
                    next = (await Request(http, "events+before", $"api/events?limit=100&{query}&before={next}"))?.GetProperty("next").GetString();
            }
        }

        async Task<JsonElement?> Request(HttpClient client, string kind, string path)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                using var response = await client.GetAsync(path);
                var body = await response.Content.ReadAsByteArrayAsync();
                watch.Stop();
                Interlocked.Increment(ref requests);
                lock (latencies)
                    latencies[kind].Add(watch.Elapsed.TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref errors);
                    return null;
                }
                return JsonDocument.Parse(body).RootElement.Clone();
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                Interlocked.Increment(ref errors);
                return null;
            }
        }

        await Task.WhenAll(Enumerable.Range(0, clients).Select(i => Task.Run(() => Client(i))));
        var elapsed = deadline.Elapsed.TotalSeconds;
        Console.WriteLine($"{clients} clients, {elapsed:F1} s: {requests:N0} requests ({requests / elapsed:F0}/s), {errors} errors");
        Console.WriteLine("| endpoint | requests | p50 ms | p90 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        var all = new List<double>();
        foreach (var (kind, values) in latencies)
        {
            all.AddRange(values);
            Console.WriteLine(Row(kind, values));
        }
        Console.WriteLine(Row("all", all));
        return errors == 0 ? 0 : 1;
    }

    static string Row(string kind, List<double> values)
    {
        values.Sort();
        double P(double p) => values.Count == 0 ? 0 : values[Math.Min(values.Count - 1, (int)Math.Ceiling(p * values.Count) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"| {kind} | {values.Count:N0} | {P(0.5):F1} | {P(0.9):F1} | {P(0.99):F1} | {(values.Count == 0 ? 0 : values[^1]):F1} |");
    }

    static async Task<long> TimeAsync(HttpClient http, string path)
    {
        var watch = Stopwatch.StartNew();
        using var response = await http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return watch.ElapsedMilliseconds;
    }
}
