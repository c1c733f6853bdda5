using System.Globalization;
using System.Text.Json;
using Serilog.Events;

namespace LogKit.Elasticsearch.Documents;

/// <summary>
/// Writes a Serilog property value as JSON of its own type: numbers stay numbers, booleans stay
/// booleans, sequences become arrays and structures and dictionaries objects.
/// </summary>
internal static class PropertyValueWriter
{
    public static void Write(Utf8JsonWriter json, LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue scalar:
                WriteScalar(json, scalar.Value);
                break;
            case SequenceValue sequence:
                json.WriteStartArray();
                foreach (var element in sequence.Elements)
                    Write(json, element);
                json.WriteEndArray();
                break;
            case StructureValue structure:
                json.WriteStartObject();
                foreach (var property in structure.Properties)
                {
                    json.WritePropertyName(property.Name);
                    Write(json, property.Value);
                }
                json.WriteEndObject();
                break;
            case DictionaryValue dictionary:
                json.WriteStartObject();
                foreach (var (key, element) in dictionary.Elements)
                {
                    json.WritePropertyName(key.Value?.ToString() ?? "null");
                    Write(json, element);
                }
                json.WriteEndObject();
                break;
            default:
                json.WriteStringValue(value.ToString());
                break;
        }
    }

    static void WriteScalar(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string s: json.WriteStringValue(s); break;
            case bool b: json.WriteBooleanValue(b); break;
            case int i: json.WriteNumberValue(i); break;
            case long l: json.WriteNumberValue(l); break;
            case short s: json.WriteNumberValue(s); break;
            case byte b: json.WriteNumberValue(b); break;
            case sbyte b: json.WriteNumberValue(b); break;
            case ushort u: json.WriteNumberValue(u); break;
            case uint u: json.WriteNumberValue(u); break;
            case ulong u: json.WriteNumberValue(u); break;
            case decimal d: json.WriteNumberValue(d); break;
            // JSON has no NaN or infinity: those go as text rather than failing the document.
            case double d when double.IsFinite(d): json.WriteNumberValue(d); break;
            case float f when float.IsFinite(f): json.WriteNumberValue(f); break;
            case DateTime dt: json.WriteStringValue(dt); break;
            case DateTimeOffset dto: json.WriteStringValue(dto); break;
            case Guid g: json.WriteStringValue(g); break;
            case TimeSpan t: json.WriteStringValue(t.ToString("c", CultureInfo.InvariantCulture)); break;
            case IFormattable f: json.WriteStringValue(f.ToString(null, CultureInfo.InvariantCulture)); break;
            default: json.WriteStringValue(value.ToString()); break;
        }
    }
}
