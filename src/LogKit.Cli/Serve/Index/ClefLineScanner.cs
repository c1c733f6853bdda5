using System.Text.Json;
using LogKit.Cli.Reading;
using Serilog.Events;

namespace LogKit.Cli.Serve.Index;

/// <summary>
/// Reads only what the index needs from one CLEF line (timestamp, level, template) with a forward-only
/// JSON reader: no <see cref="LogEvent"/>, no property values, so the first scan of a large folder stays cheap.
/// </summary>
internal static class ClefLineScanner
{
    public static bool TryScan(ReadOnlySpan<byte> line, out long utcTicks, out LogEventLevel level, out string? template, out string? error)
    {
        utcTicks = 0;
        level = LogEventLevel.Information;
        template = null;
        error = null;
        string? rendered = null;
        var sawTimestamp = false;
        try
        {
            var reader = new Utf8JsonReader(line, isFinalBlock: true, state: default);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                error = "A CLEF event is a JSON object.";
                return false;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("@t"u8))
                {
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.String || !reader.TryGetDateTimeOffset(out var timestamp))
                    {
                        error = "@t is not an ISO 8601 timestamp.";
                        return false;
                    }
                    utcTicks = timestamp.UtcTicks;
                    sawTimestamp = true;
                }
                else if (reader.ValueTextEquals("@l"u8))
                {
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.String || !(reader.ValueIsEscaped ? Levels.TryParse(reader.GetString(), out level) : Levels.TryParse(reader.ValueSpan, out level)))
                    {
                        error = "@l is not a level name.";
                        return false;
                    }
                }
                else if (reader.ValueTextEquals("@mt"u8))
                {
                    reader.Read();
                    template = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
                else if (reader.ValueTextEquals("@m"u8))
                {
                    reader.Read();
                    rendered = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                error = "Text after the event's object.";
                return false;
            }
        }
        catch (JsonException ex)
        {
            error = ex.Message;
            return false;
        }

        if (!sawTimestamp)
        {
            error = "A CLEF event needs an @t timestamp.";
            return false;
        }
        template ??= rendered;
        return true;
    }
}
