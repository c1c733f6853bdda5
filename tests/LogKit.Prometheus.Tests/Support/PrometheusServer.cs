using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace LogKit.Prometheus.Tests.Support;

/// <summary>
/// A real Prometheus server on 127.0.0.1, with a temporary configuration (scrape interval 1 s, the
/// given rule files) and a temporary storage folder, scraping one target. Stopped by its process id.
/// </summary>
public sealed class PrometheusServer : IDisposable
{
    readonly Process _process;
    readonly string _folder;
    readonly StringBuilder _output = new();

    public PrometheusServer(string target, IEnumerable<string> ruleFiles)
    {
        PrometheusTools.Prometheus.Should().NotBeNull("prometheus must be installed (apt-get install prometheus)");
        _folder = Path.Combine(Path.GetTempPath(), "logkit-prometheus-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var config = Path.Combine(_folder, "prometheus.yml");
        var rules = string.Join("", ruleFiles.Select(f => $"\n  - {JsonSerializer.Serialize(f)}"));
        File.WriteAllText(config, $"""
            global:
              scrape_interval: 1s
              evaluation_interval: 1s
            rule_files:{(rules.Length == 0 ? " []" : rules)}
            scrape_configs:
              - job_name: logkit
                static_configs:
                  - targets: ["{target}"]
            """);

        Port = FreePort.Next();
        Address = new Uri($"http://127.0.0.1:{Port}/");
        var start = new ProcessStartInfo(PrometheusTools.Prometheus!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--config.file=" + config);
        start.ArgumentList.Add("--storage.tsdb.path=" + Path.Combine(_folder, "data"));
        start.ArgumentList.Add($"--web.listen-address=127.0.0.1:{Port}");
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
    }

    public int Port { get; }

    public Uri Address { get; }

    public HttpClient Http { get; }

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <summary>Waits until the server answers /-/ready.</summary>
    public async Task WaitUntilReadyAsync()
    {
        var ready = await Poll.UntilAsync(async () =>
        {
            if (_process.HasExited)
                return (bool?)false;
            try
            {
                return (await Http.GetAsync("-/ready")).IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, ok => ok == true || _process.HasExited, TimeSpan.FromSeconds(30));
        ready.Should().BeTrue("prometheus should start; its output was:\n{0}", Output);
    }

    /// <summary>Runs an instant query; returns the raw response (status "success" or "error").</summary>
    public async Task<JsonElement> QueryAsync(string promql)
    {
        var response = await Http.GetAsync("api/v1/query?query=" + Uri.EscapeDataString(promql));
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The single value of an instant query, or null when it returned no series.</summary>
    public async Task<double?> ValueAsync(string promql)
    {
        var json = await QueryAsync(promql);
        json.GetProperty("status").GetString().Should().Be("success", "query {0} should run: {1}", promql, json);
        var result = json.GetProperty("data").GetProperty("result");
        if (result.GetArrayLength() == 0)
            return null;
        result.GetArrayLength().Should().Be(1, "query {0} should return one series: {1}", promql, json);
        return double.Parse(result[0].GetProperty("value")[1].GetString()!, CultureInfo.InvariantCulture);
    }

    /// <summary>Polls a query until its value satisfies <paramref name="done"/> (up to 30 s); returns the last value.</summary>
    public Task<double?> WaitForValueAsync(string promql, Func<double?, bool> done)
        => Poll.UntilAsync(() => ValueAsync(promql), done, TimeSpan.FromSeconds(30));

    void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }

    public void Dispose()
    {
        Http.Dispose();
        try
        {
            if (!_process.HasExited)
            {
                // Stopped by the id of the process this test started, never by name.
                Process.GetProcessById(_process.Id).Kill();
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited meanwhile.
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
