using System.Globalization;
using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Events;

namespace LogKit.Extensions.Logging.Configuration;

/// <summary>
/// Reads the <c>LogKit</c> section strictly: every key must be known and every value must parse, so
/// that a typo fails at start-up instead of silently logging nothing. Mistakes are collected and
/// reported together, each with its full key and value.
/// </summary>
internal sealed class SettingsReader
{
    static readonly string[] s_sectionKeys = ["MinimumLevel", "Console", "Files", "Properties", "Redaction"];
    static readonly string[] s_consoleKeys = ["Enabled", "MinimumLevel", "OutputTemplate", "StandardErrorFromLevel", "QueueCapacity", "QueueCapacityBytes", "QueueFullMode", "Name"];
    static readonly string[] s_fileKeys =
    [
        "Path", "MinimumLevel", "MaxFileSize", "RollingInterval", "RollOnLocalTime", "RetainedFileCount", "RetainedFor",
        "RetainedTotalSize", "Compression", "Naming", "Format", "OutputTemplate", "FlushToDiskInterval", "Shared",
        "QueueCapacity", "QueueCapacityBytes", "QueueFullMode", "Name",
    ];

    readonly List<(string Key, string? Value, string Problem)> _errors = [];

    public IReadOnlyList<(string Key, string? Value, string Problem)> Errors => _errors;

    public static LogKitSettings Read(IConfiguration section, bool checkPaths = true)
    {
        var reader = new SettingsReader();
        var settings = reader.ReadSection(section, checkPaths);
        if (reader._errors.Count > 0)
            throw new LogKitConfigurationException(reader._errors);
        return settings;
    }

    LogKitSettings ReadSection(IConfiguration section, bool checkPaths)
    {
        var settings = new LogKitSettings();
        RejectUnknown(section, s_sectionKeys);

        // "MinimumLevel": "Debug", or { "Default": ..., "Override": { ... } }; both forms may meet when
        // settings come from several sources (an environment variable over appsettings.json).
        var minimum = section.GetSection("MinimumLevel");
        RejectUnknown(minimum, ["Default", "Override"]);
        var scalarDefault = minimum.Value is null ? null : Level(minimum, allowChildren: true);
        settings.MinimumLevel = Level(minimum.GetSection("Default")) ?? scalarDefault ?? settings.MinimumLevel;
        foreach (var entry in minimum.GetSection("Override").GetChildren())
        {
            if (Level(entry) is { } level)
                settings.Overrides.Add(new(entry.Key, level));
        }

        var console = section.GetSection("Console");
        ExpectSection(console);
        RejectUnknown(console, s_consoleKeys);
        settings.Console.Enabled = Bool(console.GetSection("Enabled")) ?? true;
        var consoleOptions = settings.Console.Options;
        consoleOptions.MinimumLevel = Level(console.GetSection("MinimumLevel")) ?? consoleOptions.MinimumLevel;
        consoleOptions.OutputTemplate = console["OutputTemplate"] ?? consoleOptions.OutputTemplate;
        consoleOptions.StandardErrorFromLevel = Level(console.GetSection("StandardErrorFromLevel"));
        ReadQueue(console, consoleOptions);
        consoleOptions.Name = console["Name"];

        ExpectSection(section.GetSection("Files"));
        ExpectSection(section.GetSection("Properties"));
        var fullPaths = new HashSet<string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var file in section.GetSection("Files").GetChildren())
        {
            var settingsOfFile = ReadFile(file, checkPaths);
            settings.Files.Add(settingsOfFile);
            if (TryGetFullPath(settingsOfFile.Path) is { } fullPath && !settingsOfFile.Options.Shared && !fullPaths.Add(fullPath))
                Error(file.GetSection("Path"), "another entry of Files writes the same file; give each file sink its own path");
        }

        foreach (var property in section.GetSection("Properties").GetChildren())
        {
            if (property.Value is null && property.GetChildren().Any())
                Error(property, "a property value must be a plain value, such as \"Orders\"");
            else
                settings.Properties.Add(new(property.Key, property.Value));
        }

        var redaction = section.GetSection("Redaction");
        if (redaction.Exists())
            settings.Redaction = ReadRedaction(redaction);
        return settings;
    }

    // "Redaction": { "Enabled": false, "Add": [ "ssn" ], "Remove": [ "cookie" ] }
    LogKitSettings.RedactionSettings ReadRedaction(IConfigurationSection section)
    {
        var settings = new LogKitSettings.RedactionSettings();
        ExpectSection(section);
        RejectUnknown(section, ["Enabled", "Add", "Remove"]);
        settings.Enabled = Bool(section.GetSection("Enabled"));
        ReadNames(section.GetSection("Add"), settings.Add);
        ReadNames(section.GetSection("Remove"), settings.Remove);
        return settings;
    }

    void ReadNames(IConfigurationSection list, List<string> names)
    {
        if (list.Value != null && !list.GetChildren().Any())
        {
            Error(list, "expected a list of property names here, such as [ \"ssn\" ]");
            return;
        }
        foreach (var entry in list.GetChildren())
        {
            if (entry.Value is null || !entry.Value.Any(char.IsLetterOrDigit))
                Error(entry, "not a property name; a name needs a letter or digit, such as \"ssn\"");
            else
                names.Add(entry.Value);
        }
    }

    LogKitSettings.FileSettings ReadFile(IConfigurationSection file, bool checkPaths)
    {
        var settings = new LogKitSettings.FileSettings();
        var options = settings.Options;
        ExpectSection(file);
        RejectUnknown(file, s_fileKeys);

        settings.Path = file["Path"] ?? "";
        if (string.IsNullOrWhiteSpace(settings.Path))
            Error(file.GetSection("Path"), "every file needs a Path, for example \"logs/app.log\"");
        else if (checkPaths)
            CheckFolder(file.GetSection("Path"), settings.Path);

        options.MinimumLevel = Level(file.GetSection("MinimumLevel")) ?? options.MinimumLevel;
        if (file["MaxFileSize"] is { } maxSize)
            options.MaxFileSize = IsNone(maxSize) ? null : Size(file.GetSection("MaxFileSize"));
        options.RollingInterval = Enum<RollingInterval>(file.GetSection("RollingInterval")) ?? options.RollingInterval;
        options.RollOnLocalTime = Bool(file.GetSection("RollOnLocalTime")) ?? options.RollOnLocalTime;
        if (file["RetainedFileCount"] is { } count)
            options.RetainedFileCount = IsNone(count) ? null : Int(file.GetSection("RetainedFileCount"), minimum: 1);
        if (file["RetainedFor"] is not null)
            options.RetainedFor = Duration(file.GetSection("RetainedFor"));
        if (file["RetainedTotalSize"] is not null)
            options.RetainedTotalSize = Size(file.GetSection("RetainedTotalSize"));
        options.Compression = Enum<FileCompression>(file.GetSection("Compression")) ?? options.Compression;
        options.Naming = Enum<FileNaming>(file.GetSection("Naming")) ?? options.Naming;
        options.Format = Enum<LogFormat>(file.GetSection("Format")) ?? options.Format;
        options.OutputTemplate = file["OutputTemplate"] ?? options.OutputTemplate;
        if (file["FlushToDiskInterval"] is not null)
            options.FlushToDiskInterval = Duration(file.GetSection("FlushToDiskInterval"));
        options.Shared = Bool(file.GetSection("Shared")) ?? options.Shared;
        ReadQueue(file, options);
        options.Name = file["Name"];
        return settings;
    }

    void ReadQueue(IConfigurationSection section, QueuedSinkOptions options)
    {
        options.QueueCapacity = Int(section.GetSection("QueueCapacity"), minimum: 1) ?? options.QueueCapacity;
        options.QueueCapacityBytes = Size(section.GetSection("QueueCapacityBytes"), "the bytes queued events may hold")?.Bytes ?? options.QueueCapacityBytes;
        options.QueueFullMode = Enum<QueueFullMode>(section.GetSection("QueueFullMode")) ?? options.QueueFullMode;
    }

    static string? TryGetFullPath(string path)
    {
        try
        {
            return string.IsNullOrWhiteSpace(path) ? null : Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    void CheckFolder(IConfigurationSection key, string path)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
                Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Error(key, $"the folder cannot be created ({ex.Message})");
        }
    }

    void RejectUnknown(IConfiguration section, string[] known)
    {
        foreach (var child in section.GetChildren())
        {
            if (!known.Contains(child.Key, StringComparer.OrdinalIgnoreCase))
                Error(child, $"unknown key; expected one of {string.Join(", ", known)}");
        }
    }

    LogEventLevel? Level(IConfigurationSection key, bool allowChildren = false)
        => Enum<LogEventLevel>(key, "a level: Verbose, Debug, Information, Warning, Error or Fatal", allowChildren);

    T? Enum<T>(IConfigurationSection key, string? expected = null, bool allowChildren = false)
        where T : struct, Enum
    {
        if (!HasValue(key, allowChildren))
            return null;
        // Whole names only: Enum.TryParse would also take "1" or "Debug, Information".
        var name = System.Enum.GetNames<T>().FirstOrDefault(n => n.Equals(key.Value!.Trim(), StringComparison.OrdinalIgnoreCase));
        if (name != null)
            return System.Enum.Parse<T>(name);
        Error(key, $"not {expected ?? "one of " + string.Join(", ", System.Enum.GetNames<T>())}");
        return null;
    }

    /// <summary>True when a value is there; a section where a value belongs is a mistake.</summary>
    bool HasValue(IConfigurationSection key, bool allowChildren = false)
    {
        if (!allowChildren && key.GetChildren().Any())
        {
            Error(key, "expected a value here, not a section");
            return false;
        }
        return key.Value != null;
    }

    /// <summary>A value where a section belongs (<c>"Console": "false"</c>) is a mistake.</summary>
    void ExpectSection(IConfigurationSection key)
    {
        if (key.Value != null && !key.GetChildren().Any())
            Error(key, "expected a section here, not a value");
    }

    bool? Bool(IConfigurationSection key)
    {
        if (!HasValue(key))
            return null;
        if (bool.TryParse(key.Value, out var value))
            return value;
        Error(key, "not true or false");
        return null;
    }

    int? Int(IConfigurationSection key, int minimum)
    {
        if (!HasValue(key))
            return null;
        if (int.TryParse(key.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum)
            return value;
        Error(key, $"not a whole number of at least {minimum}");
        return null;
    }

    FileSize? Size(IConfigurationSection key, string? meaning = null)
    {
        if (!HasValue(key))
            return null;
        if (FileSize.TryParse(key.Value, out var size) && size.Bytes > 0)
            return size;
        var what = meaning is null ? "a size" : $"a size ({meaning})";
        Error(key, $"not {what}; write it like \"500 MB\", \"2 GiB\" or \"10 KB\"");
        return null;
    }

    TimeSpan? Duration(IConfigurationSection key)
    {
        if (!HasValue(key))
            return null;
        if (LogKit.Duration.TryParse(key.Value, out var duration) && duration > TimeSpan.Zero)
            return duration;
        Error(key, "not a duration; write it like \"10 days\", \"12h\" or \"1 week\"");
        return null;
    }

    static bool IsNone(string value) => value.Equals("null", StringComparison.OrdinalIgnoreCase) || value.Equals("none", StringComparison.OrdinalIgnoreCase);

    void Error(IConfigurationSection key, string problem)
    {
        var message = key.Value is null ? problem
            : problem.StartsWith("not ", StringComparison.Ordinal) ? $"'{key.Value}' is {problem}"
            : $"{problem} (the value is '{key.Value}')";
        _errors.Add((key.Path, key.Value, message));
    }
}
