using System.Globalization;
using System.Text.Json;
using LogKit.Cli.Serve.Query;
using Serilog.Events;

namespace LogKit.Cli.Serve.Api;

/// <summary>
/// Writes an event for the page: <c>id</c> (the paging cursor), <c>@t</c>, <c>@l</c>, <c>@m</c> (rendered),
/// <c>@mt</c>, <c>@x</c>, <c>properties</c> (their JSON values) and <c>raw</c> (the CLEF line as written).
/// </summary>
internal static class EventJson
{
    public static void Write(Utf8JsonWriter writer, ScannedEvent scanned)
    {
        var e = scanned.Event ?? throw new InvalidOperationException("The event was not parsed.");
        writer.WriteStartObject();
        writer.WriteString("id", scanned.Key.ToString());
        writer.WriteString("@t", e.Timestamp.ToString("O", CultureInfo.InvariantCulture));
        writer.WriteString("@l", e.Level.ToString());
        writer.WriteString("@m", e.RenderMessage(CultureInfo.InvariantCulture));
        writer.WriteString("@mt", e.MessageTemplate.Text);
        if (e.Exception != null)
            writer.WriteString("@x", e.Exception.ToString());
        writer.WriteStartObject("properties");
        foreach (var (name, value) in e.Properties)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, value);
        }
        writer.WriteEndObject();
        writer.WriteString("raw", scanned.Raw);
        writer.WriteEndObject();
    }

    static void WriteValue(Utf8JsonWriter writer, LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue { Value: null }:
                writer.WriteNullValue();
                break;
            case ScalarValue { Value: bool b }:
                writer.WriteBooleanValue(b);
                break;
            case ScalarValue { Value: long l }:
                writer.WriteNumberValue(l);
                break;
            case ScalarValue { Value: decimal m }:
                writer.WriteNumberValue(m);
                break;
            case ScalarValue { Value: double d } when double.IsFinite(d):
                writer.WriteNumberValue(d);
                break;
            case ScalarValue scalar:
                writer.WriteStringValue(Convert.ToString(scalar.Value, CultureInfo.InvariantCulture));
                break;
            case SequenceValue sequence:
                writer.WriteStartArray();
                foreach (var element in sequence.Elements)
                    WriteValue(writer, element);
                writer.WriteEndArray();
                break;
            case StructureValue structure:
                writer.WriteStartObject();
                if (structure.TypeTag != null)
                    writer.WriteString("$type", structure.TypeTag);
                foreach (var property in structure.Properties)
                {
                    writer.WritePropertyName(property.Name);
                    WriteValue(writer, property.Value);
                }
                writer.WriteEndObject();
                break;
            case DictionaryValue dictionary:
                writer.WriteStartObject();
                foreach (var (key, element) in dictionary.Elements)
                {
                    writer.WritePropertyName(Convert.ToString(key.Value, CultureInfo.InvariantCulture) ?? "");
                    WriteValue(writer, element);
                }
                writer.WriteEndObject();
                break;
            default:
                writer.WriteStringValue(value.ToString());
                break;
        }
    }
}
