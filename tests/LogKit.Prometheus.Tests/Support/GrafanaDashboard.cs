using System.Text.Json;

namespace LogKit.Prometheus.Tests.Support;

/// <summary>samples/grafana/logkit-dashboard.json, read as JSON.</summary>
public sealed class GrafanaDashboard(JsonElement root)
{
    public static string FilePath => Path.Combine(RepositoryRoot.Path, "samples", "grafana", "logkit-dashboard.json");

    public JsonElement Root { get; } = root;

    public static GrafanaDashboard Load() => new(JsonDocument.Parse(File.ReadAllText(FilePath)).RootElement);

    public IEnumerable<JsonElement> Panels => Root.GetProperty("panels").EnumerateArray();

    public IEnumerable<JsonElement> Variables => Root.GetProperty("templating").GetProperty("list").EnumerateArray();

    /// <summary>Every PromQL expression of every panel.</summary>
    public IEnumerable<string> Expressions()
        => Panels.Where(p => p.TryGetProperty("targets", out _))
            .SelectMany(p => p.GetProperty("targets").EnumerateArray())
            .Select(t => t.GetProperty("expr").GetString()!);

    /// <summary>An expression as Grafana would send it with "All" selected: variables replaced by their values.</summary>
    public static string ForPrometheus(string expression) => expression
        .Replace("$__rate_interval", "1m", StringComparison.Ordinal)
        .Replace("$job", ".*", StringComparison.Ordinal)
        .Replace("$sink", ".*", StringComparison.Ordinal);
}
