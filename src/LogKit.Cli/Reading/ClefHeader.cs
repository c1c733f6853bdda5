using System.Text.Json;
using Serilog.Events;

namespace LogKit.Cli.Reading;

/// <summary>
/// The reserved fields at the start of a CLEF line (<c>@t</c>, <c>@l</c>, <c>@mt</c>, <c>@i</c>,
/// <c>@x</c>), read without parsing the rest: CLEF writers put them before the properties, so the
/// scan stops at the first property unless a later reserved field may follow (<c>"@</c> or an escaped
/// <c>@</c> further on), when it reads every top-level name. Enough for time ranges, level filters and
/// most statistics.
/// </summary>
public readonly struct ClefHeader
{
    /// <summary>The event's timestamp.</summary>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>The event's level (<c>@l</c>; Information when absent, as CLEF says).</summary>
    public LogEventLevel Level { get; init; }

    /// <summary>True when the event has an exception (<c>@x</c>).</summary>
    public bool HasException { get; init; }

    /// <summary>Where the message template's JSON string (quotes included) is in the line; empty when absent.</summary>
    public Range TemplateJson { get; init; }

    /// <summary>Where the event id's JSON value (<c>@i</c>) is in the line; empty when absent.</summary>
    public Range EventIdJson { get; init; }

    /// <summary>Where the rendered message's JSON string (<c>@m</c>) is in the line; empty when absent.</summary>
    public Range MessageJson { get; init; }

    /// <summary>Reads the header of one line.</summary>
    /// <param name="line">A CLEF line.</param>
    /// <param name="header">The header, when the line starts like a CLEF event.</param>
    /// <returns>False when the line is not JSON or has no valid <c>@t</c> among its leading fields.</returns>
    public static bool TryRead(ReadOnlySpan<byte> line, out ClefHeader header)
    {
        header = default;
        var reader = new Utf8JsonReader(line, isFinalBlock: false, state: default);
        DateTimeOffset? timestamp = null;
        var level = LogEventLevel.Information;
        var hasException = false;
        Range template = default, eventId = default, message = default;
        bool? laterReserved = null;
        Span<byte> unescaped = stackalloc byte[64];
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                scoped ReadOnlySpan<byte> name = reader.ValueSpan;
                if (reader.ValueIsEscaped)
                    name = reader.ValueSpan.Length <= 64 && reader.CopyString(unescaped) is var n and > 0 ? unescaped[..n] : default;
                if (name.Length < 2 || name[0] != (byte)'@' || name[1] == (byte)'@')
                {
                    // The first property: the reserved fields are behind us, unless one comes later in the line.
                    laterReserved ??= MayHaveLaterReserved(line[(int)reader.BytesConsumed..]);
                    if (laterReserved == false)
                        break;
                    if (!reader.Read() || !reader.TrySkip())
                        return false;
                    continue;
                }
                if (!reader.Read())
                    return false;
                if (name.SequenceEqual("@t"u8))
                {
                    if (reader.TokenType != JsonTokenType.String || !reader.TryGetDateTimeOffset(out var t))
                        return false;
                    timestamp = t;
                }
                else if (name.SequenceEqual("@l"u8))
                {
                    if (reader.TokenType != JsonTokenType.String || !Levels.TryParse(reader.ValueSpan, out level))
                        return false;
                }
                else if (name.SequenceEqual("@mt"u8))
                {
                    template = ValueRange(ref reader);
                }
                else if (name.SequenceEqual("@i"u8))
                {
                    eventId = ValueRange(ref reader);
                }
                else if (name.SequenceEqual("@m"u8))
                {
                    message = ValueRange(ref reader);
                }
                else if (name.SequenceEqual("@x"u8))
                {
                    hasException = reader.TokenType == JsonTokenType.String;
                }
                else if (!reader.TrySkip())
                {
                    return false;
                }
            }
        }
        catch (JsonException)
        {
            return false;
        }

        if (timestamp is null)
            return false;
        header = new ClefHeader { Timestamp = timestamp.Value, Level = level, HasException = hasException, TemplateJson = template, EventIdJson = eventId, MessageJson = message };
        return true;
    }

    /// <summary>True when a top-level name starting with <c>@</c> may follow: a <c>"@</c> or an escaped <c>@</c>.</summary>
    static bool MayHaveLaterReserved(ReadOnlySpan<byte> rest)
        => rest.IndexOf("\"@"u8) >= 0 || rest.IndexOf("\\u0040"u8) >= 0;

    static Range ValueRange(ref Utf8JsonReader reader)
    {
        var start = (int)reader.TokenStartIndex;
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            reader.Skip();
        return new Range(start, (int)reader.BytesConsumed);
    }
}
