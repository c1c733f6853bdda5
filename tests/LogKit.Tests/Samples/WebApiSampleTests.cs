using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using LogKit.Tests.Support;
using Serilog.Events;

namespace LogKit.Tests.Samples;

/// <summary>Runs samples/LogKit.Samples.WebApi on a loopback port, sends requests, stops it as Ctrl+C would, and reads its log file.</summary>
public class WebApiSampleTests
{
    [Fact]
    public async Task TheLogFileHoldsEachRequestsEventsWithItsScopeProperties()
    {
        if (OperatingSystem.IsWindows())
            return;   // the graceful stop below sends SIGTERM

        using var folder = TempFolder.ForCaller();
        var sampleFolder = SampleBinaries();
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder.Path,   // the configured "logs/webapi.log" lands here
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(sampleFolder, "LogKit.Samples.WebApi.dll"), "--urls", $"http://127.0.0.1:{port}", "--contentRoot", sampleFolder })
            start.ArgumentList.Add(argument);

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        try
        {
            await WaitUntilListeningAsync(http);
            foreach (var (id, user) in new[] { (1, "alice"), (2, "bob"), (0, "carol") })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"/orders/{id}");
                request.Headers.Add("X-User", user);
                using var response = await http.SendAsync(request);
                response.StatusCode.Should().Be(id > 0 ? HttpStatusCode.OK : HttpStatusCode.NotFound);
            }
            // LogKit's metrics on /metrics: the one warning is counted by level.
            var metrics = await http.GetStringAsync("/metrics");
            metrics.Should().MatchRegex("""(?m)^logkit_events_total\{[^}]*level="Warning"[^}]*\} [1-9]""");
            metrics.Should().Contain("logkit_sink_events_total{");
        }
        finally
        {
            // SIGTERM: the host stops gracefully, as on Ctrl+C, and LogKit flushes.
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                await kill.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(timeout.Token);
        }

        process.ExitCode.Should().Be(0, await errors);
        var events = ClefFile.ListLogFiles(Path.Combine(folder.Path, "logs", "webapi.log"), RollingInterval.Day)
            .SelectMany(f => ClefFile.ReadEvents(f)).ToList();

        foreach (var (id, user) in new[] { (1, "alice"), (2, "bob"), (0, "carol") })
        {
            var fetched = events.Single(e => e.MessageTemplate.Text == "Fetching order {OrderId}" && e.Properties["OrderId"].Equals(new ScalarValue((long)id)));
            fetched.Properties["User"].Should().Be(new ScalarValue(user));
            fetched.Properties["RequestId"].ToString().Should().NotBeEmpty();
            fetched.Properties["Application"].Should().Be(new ScalarValue("LogKit.Samples.WebApi"));
            fetched.Properties["SourceContext"].Should().Be(new ScalarValue("Program"));
        }
        var notFound = events.Single(e => e.Level == LogEventLevel.Warning);
        notFound.Properties["User"].Should().Be(new ScalarValue("carol"));
        events.Should().NotContain(e => e.Properties.ContainsKey("SourceContext") && e.Properties["SourceContext"].ToString().Contains("Microsoft.AspNetCore", StringComparison.Ordinal),
            "Microsoft is configured at Warning");
        events.Should().Contain(e => e.MessageTemplate.Text.StartsWith("Application is shutting down", StringComparison.Ordinal), "events logged while stopping are flushed too");
        (await output).Should().Contain("Fetching order");
    }

    static string SampleBinaries()
    {
        // Built with the tests, in the same configuration (bin/<Configuration>/net10.0).
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var folder = Path.Combine(RepositoryRoot.Path, "samples", "LogKit.Samples.WebApi", "bin", configuration, "net10.0");
        File.Exists(Path.Combine(folder, "LogKit.Samples.WebApi.dll")).Should().BeTrue("the web sample is built with the tests ({0})", folder);
        return folder;
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    static async Task WaitUntilListeningAsync(HttpClient http)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            try
            {
                using var response = await http.GetAsync("/");   // any answer, even 404, means it is listening
                return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }
}
