using Serilog.Events;

namespace LogKit.Elasticsearch.Documents;

/// <summary>The ECS version written and the mapping of Serilog levels to <c>log.level</c>.</summary>
internal static class EcsNames
{
    public const string EcsVersion = "8.11.0";

    /// <summary>Properties that become ECS fields instead of <c>logkit.properties.*</c>.</summary>
    public const string SourceContext = "SourceContext";
    public const string ThreadId = "ThreadId";

    public static string Level(LogEventLevel level) => level switch
    {
        LogEventLevel.Verbose => "trace",
        LogEventLevel.Debug => "debug",
        LogEventLevel.Information => "info",
        LogEventLevel.Warning => "warn",
        LogEventLevel.Error => "error",
        LogEventLevel.Fatal => "fatal",
        _ => level.ToString().ToLowerInvariant(),
    };

    public static string ClefLevel(string? ecsLevel) => ecsLevel switch
    {
        "trace" => "Verbose",
        "debug" => "Debug",
        "info" => "Information",
        "warn" => "Warning",
        "error" => "Error",
        "fatal" => "Fatal",
        _ => ecsLevel ?? "Information",
    };
}
