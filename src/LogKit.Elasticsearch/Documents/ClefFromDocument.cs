using System.Text.Encodings.Web;
using System.Text.Json;

namespace LogKit.Elasticsearch.Documents;

/// <summary>
/// Turns an ECS document back into one CLEF line for the dead-letter file, so <c>logkit</c> and any
/// CLEF reader can show what the cluster refused, why, and every property it had.
/// </summary>
internal static class ClefFromDocument
{
    static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Stream output, BulkItem item, string reason)
    {
        using (var json = new Utf8JsonWriter(output, WriterOptions))
        {
            json.WriteStartObject();
            try
            {
                using var document = JsonDocument.Parse(item.Document);
                var root = document.RootElement;
                Copy(json, "@t", root, "@timestamp");
                Copy(json, "@mt", root, "logkit", "template");
                Copy(json, "@m", root, "message");
                json.WriteString("@l", EcsNames.ClefLevel(Get(root, "log", "level")?.GetString()));
                Copy(json, "@x", root, "error", "stack_trace");
                Copy(json, "SourceContext", root, "log", "logger");
                if (Get(root, "logkit", "properties") is { ValueKind: JsonValueKind.Object } properties)
                {
                    foreach (var property in properties.EnumerateObject())
                        property.WriteTo(json);
                }
                Copy(json, "PropertiesText", root, "logkit", "properties_text");
            }
            catch (JsonException)
            {
                json.WriteString("@t", DateTimeOffset.UtcNow);
                json.WriteString("@mt", "Unreadable document");
            }
            json.WriteString("ElasticsearchId", item.Id);
            json.WriteString("DeadLetterReason", reason);
            json.WriteEndObject();
        }
        output.WriteByte((byte)'\n');
    }

    static void Copy(Utf8JsonWriter json, string name, JsonElement root, params string[] path)
    {
        if (Get(root, path) is { } value)
        {
            json.WritePropertyName(name);
            value.WriteTo(json);
        }
    }

    static JsonElement? Get(JsonElement root, params string[] path)
    {
        var current = root;
        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
                return null;
        }
        return current;
    }
}
