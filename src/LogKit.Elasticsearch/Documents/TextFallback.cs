using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LogKit.Elasticsearch.Documents;

/// <summary>
/// Rewrites a document the cluster refused for a field-type conflict: the offending properties
/// leave <c>logkit.properties</c> and go, as one JSON text, to the string field
/// <c>logkit.properties_text</c>, which cannot conflict. The rare path, so it parses and rewrites.
/// </summary>
internal static partial class TextFallback
{
    static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [GeneratedRegex(@"\[logkit\.properties\.([^\]\.]+)", RegexOptions.CultureInvariant)]
    private static partial Regex PropertyInReason();

    /// <summary>The top-level property named in an Elasticsearch error reason, or null (then all properties move).</summary>
    public static string? OffendingProperty(string? reason)
    {
        var match = reason is null ? null : PropertyInReason().Match(reason);
        return match is { Success: true } ? match.Groups[1].Value : null;
    }

    /// <summary>Returns the item's lines with the named property (or all properties) moved to text.</summary>
    public static byte[] Rewrite(BulkItem item, string? offending)
    {
        using var document = JsonDocument.Parse(item.Document);
        var output = new MemoryStream();
        var action = item.Lines.Span[..(item.Lines.Span.IndexOf((byte)'\n') + 1)];
        output.Write(action);
        using (var json = new Utf8JsonWriter(output, WriterOptions))
        {
            json.WriteStartObject();
            foreach (var field in document.RootElement.EnumerateObject())
            {
                if (field.NameEquals("logkit"u8) && field.Value.ValueKind == JsonValueKind.Object)
                    WriteLogkit(json, field.Value, offending);
                else
                    field.WriteTo(json);
            }
            json.WriteEndObject();
        }
        output.WriteByte((byte)'\n');
        return output.ToArray();
    }

    static void WriteLogkit(Utf8JsonWriter json, JsonElement logkit, string? offending)
    {
        json.WriteStartObject("logkit"u8);
        var moved = new MemoryStream();
        using (var text = new Utf8JsonWriter(moved, WriterOptions))
        {
            text.WriteStartObject();
            foreach (var field in logkit.EnumerateObject())
            {
                if (field.NameEquals("properties"u8) && field.Value.ValueKind == JsonValueKind.Object)
                {
                    json.WriteStartObject("properties"u8);
                    foreach (var property in field.Value.EnumerateObject())
                    {
                        if (offending is null || property.NameEquals(offending))
                            property.WriteTo(text);
                        else
                            property.WriteTo(json);
                    }
                    json.WriteEndObject();
                }
                else if (field.NameEquals("properties_text"u8) && field.Value.ValueKind == JsonValueKind.String)
                {
                    // Moved twice: keep the earlier text's properties too.
                    using var earlier = JsonDocument.Parse(field.Value.GetString()!);
                    foreach (var property in earlier.RootElement.EnumerateObject())
                        property.WriteTo(text);
                }
                else
                {
                    field.WriteTo(json);
                }
            }
            text.WriteEndObject();
        }
        json.WriteString("properties_text"u8, System.Text.Encoding.UTF8.GetString(moved.GetBuffer(), 0, (int)moved.Length));
        json.WriteEndObject();
    }
}
