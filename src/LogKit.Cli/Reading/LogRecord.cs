using Serilog.Events;

namespace LogKit.Cli.Reading;

/// <summary>An event read from a log: its original line, where it came from, and (parsed on first use) its <see cref="LogEvent"/>.</summary>
public sealed class LogRecord
{
    [ThreadStatic]
    static ClefEventParser? t_parser;

    LogEvent? _event;

    /// <summary>Creates a record.</summary>
    /// <param name="file">The file it was read from.</param>
    /// <param name="lineNumber">Its 1-based line number.</param>
    /// <param name="line">The original line's UTF-8 bytes (owned by the record).</param>
    /// <param name="timestamp">The event's timestamp.</param>
    /// <param name="logEvent">The parsed event, when already parsed.</param>
    public LogRecord(LogFile file, long lineNumber, ReadOnlyMemory<byte> line, DateTimeOffset timestamp, LogEvent? logEvent = null)
    {
        File = file;
        LineNumber = lineNumber;
        Line = line;
        Timestamp = timestamp;
        _event = logEvent;
    }

    /// <summary>The file it was read from.</summary>
    public LogFile File { get; }

    /// <summary>Its 1-based line number in the (decompressed) file.</summary>
    public long LineNumber { get; }

    /// <summary>The original CLEF line, byte for byte, without its line ending.</summary>
    public ReadOnlyMemory<byte> Line { get; }

    /// <summary>The event's timestamp (<c>@t</c>).</summary>
    public DateTimeOffset Timestamp { get; }

    /// <summary>The event, parsed from <see cref="Line"/> on first use.</summary>
    /// <exception cref="InvalidDataException">The line is not a CLEF event (records are only made from lines whose header was valid).</exception>
    public LogEvent Event
    {
        get
        {
            if (_event is null)
            {
                t_parser ??= new ClefEventParser();
                if (!t_parser.TryParse(Line, out _event, out var error))
                    throw new InvalidDataException($"{File.Path}:{LineNumber}: {error}");
            }
            return _event!;
        }
    }
}
