using Serilog.Events;

namespace LogKit.Extensions.Logging.Configuration;

/// <summary>The <c>LogKit</c> section, read and checked; applying it cannot fail.</summary>
internal sealed class LogKitSettings
{
    public LogEventLevel MinimumLevel { get; set; } = LogEventLevel.Information;

    public List<KeyValuePair<string, LogEventLevel>> Overrides { get; } = [];

    public ConsoleSettings Console { get; } = new();

    public List<FileSettings> Files { get; } = [];

    public List<KeyValuePair<string, string?>> Properties { get; } = [];

    /// <summary>The <c>Redaction</c> section: null when absent (the pipeline's redaction is left as it is).</summary>
    public RedactionSettings? Redaction { get; set; }

    internal sealed class RedactionSettings
    {
        public bool? Enabled { get; set; }

        public List<string> Add { get; } = [];

        public List<string> Remove { get; } = [];
    }

    internal sealed class ConsoleSettings
    {
        public bool Enabled { get; set; } = true;

        public ConsoleSinkOptions Options { get; } = new();
    }

    internal sealed class FileSettings
    {
        public string Path { get; set; } = "";

        public FileSinkOptions Options { get; } = new();
    }
}
