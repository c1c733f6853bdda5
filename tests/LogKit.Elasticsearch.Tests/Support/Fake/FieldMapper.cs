using System.Globalization;
using System.Text.Json;

namespace LogKit.Elasticsearch.Tests.Support.Fake;

/// <summary>
/// Elasticsearch's dynamic mapping as far as the sink can meet it: the first document to use a
/// field fixes its type (long, float, boolean, keyword, object); later values are coerced where
/// Elasticsearch coerces (a number into keyword, a numeric string into long) and otherwise rejected
/// with the reason Elasticsearch gives. A rejected document adds no mappings.
/// </summary>
public sealed class FieldMapper
{
    readonly Dictionary<string, string> _types = new(StringComparer.Ordinal);
    readonly Lock _sync = new();

    public IReadOnlyDictionary<string, string> Types
    {
        get { lock (_sync) return new Dictionary<string, string>(_types); }
    }

    /// <summary>Maps the document, or returns the reason it is refused (nothing is mapped then).</summary>
    public string? TryMap(JsonElement document, string id)
    {
        lock (_sync)
        {
            var added = new Dictionary<string, string>(StringComparer.Ordinal);
            var error = Visit(document, "", added, id);
            if (error is not null)
                return error;
            foreach (var (path, type) in added)
                _types[path] = type;
            return null;
        }
    }

    string? Visit(JsonElement value, string path, Dictionary<string, string> added, string id)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            if (path.Length > 0)
            {
                var existing = Existing(path, added);
                if (existing is not null && existing != "object")
                    return $"failed to parse field [{path}] of type [{existing}] in document with id '{id}'. Preview of field's value: '{Preview(value)}'";
                if (existing is null)
                    added[path] = "object";
            }
            foreach (var property in value.EnumerateObject())
            {
                var error = Visit(property.Value, path.Length == 0 ? property.Name : path + "." + property.Name, added, id);
                if (error is not null)
                    return error;
            }
            return null;
        }
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var element in value.EnumerateArray())
            {
                var error = Visit(element, path, added, id);
                if (error is not null)
                    return error;
            }
            return null;
        }
        if (value.ValueKind == JsonValueKind.Null)
            return null;

        var type = TypeOf(value);
        var mapped = Existing(path, added);
        if (mapped is null)
        {
            added[path] = type;
            return null;
        }
        if (mapped == "object")
            return $"object mapping for [{path}] tried to parse field [{path[(path.LastIndexOf('.') + 1)..]}] as object, but found a concrete value";
        return Accepts(mapped, value) ? null : $"failed to parse field [{path}] of type [{mapped}] in document with id '{id}'. Preview of field's value: '{Preview(value)}'";
    }

    string? Existing(string path, Dictionary<string, string> added)
        => added.TryGetValue(path, out var type) || _types.TryGetValue(path, out type) ? type : null;

    static string TypeOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "keyword",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Number => value.TryGetInt64(out _) ? "long" : "float",
        _ => "keyword",
    };

    static bool Accepts(string mapped, JsonElement value) => mapped switch
    {
        "keyword" => true,
        "long" or "float" => value.ValueKind == JsonValueKind.Number
            || (value.ValueKind == JsonValueKind.String && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out _)),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False
            || (value.ValueKind == JsonValueKind.String && value.GetString() is "true" or "false"),
        _ => false,
    };

    static string Preview(JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        return text.Length > 20 ? text[..20] : text;
    }
}
