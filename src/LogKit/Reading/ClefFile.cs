using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using LogKit.Reading;
using LogKit.Sinks.File;
using Serilog;
using Serilog.Events;
using Serilog.Parsing;

namespace LogKit;

/// <summary>
/// Reads back what the file sink writes: CLEF lines, from plain files or <c>.gz</c> archives, as
/// Serilog <see cref="LogEvent"/>s, and lists a rolling log's files oldest first.
/// </summary>
/// <example>
/// <code>
/// foreach (var file in ClefFile.ListLogFiles("logs/app.log"))
///     foreach (var e in ClefFile.ReadEvents(file))
///         Console.WriteLine(e.RenderMessage());
/// </code>
/// </example>
public static class ClefFile
{
    static readonly MessageTemplateParser s_parser = new();

    /// <summary>
    /// Reads the events of one CLEF file. A torn line (the valid beginning of an event, cut short when
    /// a process was killed mid-write) is skipped. Any other line that is not a valid event is
    /// corruption: it is passed to <paramref name="invalidLine"/> when given, and otherwise throws.
    /// </summary>
    /// <param name="path">A <c>.log</c> or <c>.log.gz</c> file.</param>
    /// <param name="invalidLine">Receives lines that are not valid events, torn lines included; reading goes on.</param>
    /// <returns>The events, in file order, read lazily.</returns>
    /// <exception cref="InvalidDataException">A line that is neither an event nor a torn line, and <paramref name="invalidLine"/> is null.</exception>
    public static IEnumerable<LogEvent> ReadEvents(string path, Action<InvalidClefLine>? invalidLine = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024);
        using Stream content = path.EndsWith(PathRoller.ArchiveExtension, StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(file, CompressionMode.Decompress)
            : file;
        using var reader = new StreamReader(content, Encoding.UTF8);

        long number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0)
                continue;

            LogEvent? logEvent;
            string? reason;
            try
            {
                logEvent = Parse(line);
                reason = null;
            }
            catch (Exception ex) when (ex is JsonException or FormatException or InvalidDataException or ArgumentException or InvalidOperationException)
            {
                logEvent = null;
                reason = ex.Message;
            }

            if (logEvent != null)
            {
                yield return logEvent;
                continue;
            }

            var torn = IsCutShort(line);
            var invalid = new InvalidClefLine(path, number, line, torn, reason!);
            if (invalidLine != null)
                invalidLine(invalid);
            else if (!torn)
                throw new InvalidDataException($"{path}:{number} is not a CLEF event ({reason}).");
        }
    }

    /// <summary>
    /// The files of a rolling log, oldest first, archives included: the files the file sink writes for
    /// <paramref name="logPath"/> with these settings. Other files in the folder are not listed.
    /// </summary>
    /// <param name="logPath">The path given to <c>AddFile</c>, for example <c>"logs/app.log"</c>.</param>
    /// <param name="interval">The sink's rolling interval. Default <see cref="RollingInterval.Infinite"/>.</param>
    /// <param name="naming">The sink's naming. Default <see cref="FileNaming.RollForward"/>.</param>
    /// <returns>Full paths, oldest first; for a file caught mid-compression, its original.</returns>
    public static IReadOnlyList<string> ListLogFiles(string logPath, RollingInterval interval = RollingInterval.Infinite, FileNaming naming = FileNaming.RollForward)
    {
        ArgumentException.ThrowIfNullOrEmpty(logPath);
        var files = LogFileSet.List(new PathRoller(logPath, interval, naming));
        files.Reverse();
        return files.Select(f => f.PlainPath ?? f.ArchivePath!).ToList();
    }

    /// <summary>Parses one CLEF line.</summary>
    /// <param name="line">A JSON object as the file sink writes it.</param>
    /// <returns>The event.</returns>
    /// <exception cref="JsonException">The line is not JSON.</exception>
    /// <exception cref="InvalidDataException">The JSON is not a CLEF event (no <c>@t</c>, or not an object).</exception>
    public static LogEvent Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new InvalidDataException("A CLEF event is a JSON object.");

        DateTimeOffset? timestamp = null;
        MessageTemplate? template = null;
        var level = LogEventLevel.Information;
        Exception? exception = null;
        ActivityTraceId traceId = default;
        ActivitySpanId spanId = default;
        var properties = new Dictionary<string, LogEventPropertyValue>();

        foreach (var member in root.EnumerateObject())
        {
            switch (member.Name)
            {
                case "@t":
                    timestamp = DateTimeOffset.Parse(member.Value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
                    break;
                case "@mt":
                    template = s_parser.Parse(member.Value.GetString()!);
                    break;
                case "@m":
                    // Only a rendered message: keep it as literal text (braces doubled so they are not properties).
                    template ??= s_parser.Parse(member.Value.GetString()!.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));
                    break;
                case "@l":
                    level = Enum.Parse<LogEventLevel>(member.Value.GetString()!, ignoreCase: true);
                    break;
                case "@x":
                    exception = new RecordedException(member.Value.GetString()!);
                    break;
                case "@tr":
                    traceId = ActivityTraceId.CreateFromString(member.Value.GetString()!);
                    break;
                case "@sp":
                    spanId = ActivitySpanId.CreateFromString(member.Value.GetString()!);
                    break;
                case "@r":
                case "@i":
                    break;
                default:
                    // A property whose name began with '@' was written with the '@' doubled.
                    var name = member.Name.StartsWith("@@", StringComparison.Ordinal) ? member.Name[1..] : member.Name;
                    properties[name] = ToValue(member.Value);
                    break;
            }
        }

        if (timestamp is null)
            throw new InvalidDataException("A CLEF event needs an @t timestamp.");
        return LogEvent.UnstableAssembleFromParts(timestamp.Value, level, exception, template ?? MessageTemplate.Empty, properties, traceId, spanId);
    }

    static LogEventPropertyValue ToValue(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return new ScalarValue(value.GetString());
            case JsonValueKind.Number:
                if (value.TryGetInt64(out var integer))
                    return new ScalarValue(integer);
                if (value.TryGetDecimal(out var exact) && exact.ToString(CultureInfo.InvariantCulture) == value.GetRawText())
                    return new ScalarValue(exact);
                return new ScalarValue(value.GetDouble());
            case JsonValueKind.True:
                return new ScalarValue(true);
            case JsonValueKind.False:
                return new ScalarValue(false);
            case JsonValueKind.Array:
                return new SequenceValue(value.EnumerateArray().Select(ToValue).ToArray());
            case JsonValueKind.Object:
                // A dictionary's keys may be any text ("", " "), which a structure's member names cannot
                // be: such an object is read as a dictionary, so that no key is lost.
                if (value.EnumerateObject().Any(m => !LogEventProperty.IsValidName(m.Name)))
                {
                    return new DictionaryValue(value.EnumerateObject()
                        .Select(m => new KeyValuePair<ScalarValue, LogEventPropertyValue>(new ScalarValue(m.Name), ToValue(m.Value))));
                }
                string? typeTag = null;
                var members = new List<LogEventProperty>();
                foreach (var member in value.EnumerateObject())
                {
                    if (member.Name == "$type" && member.Value.ValueKind == JsonValueKind.String)
                        typeTag = member.Value.GetString();
                    else
                        members.Add(new LogEventProperty(member.Name, ToValue(member.Value)));
                }
                return new StructureValue(members, typeTag);
            default:
                return ScalarValue.Null;
        }
    }

    /// <summary>True when <paramref name="line"/> is a valid start of a JSON document that ends early.</summary>
    static bool IsCutShort(string line)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        var reader = new Utf8JsonReader(bytes, isFinalBlock: false, state: default);
        try
        {
            while (reader.Read())
            {
            }
        }
        catch (JsonException)
        {
            return false;
        }
        return reader.BytesConsumed < bytes.Length || reader.CurrentDepth > 0;
    }
}
