using System.Text.Json;
using System.Text.RegularExpressions;
using LogKit.Elasticsearch.Tests.Support;

namespace LogKit.Elasticsearch.Tests.Samples;

/// <summary>
/// Kibana cannot run here: the saved objects are checked structurally instead: every line is a saved
/// object, every reference resolves inside the file, the embedded JSON strings parse, and every field
/// they name is one the index template maps.
/// </summary>
public partial class KibanaAssetsTests
{
    static readonly string Folder = Path.Combine(RepositoryRoot.Path, "samples", "kibana");

    [GeneratedRegex("\"field\":\"(?<field>[^\"]+)\"|(?<field>[a-z_.@]+) : ")]
    private static partial Regex FieldUse();

    [Fact]
    public void TheSavedObjectsAreADataViewASearchAndADashboardWhoseReferencesResolve()
    {
        var objects = File.ReadAllLines(Path.Combine(Folder, "saved-objects.ndjson")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var ids = objects.Select(o => (o.GetProperty("type").GetString(), o.GetProperty("id").GetString())).ToHashSet();

        objects.Should().Contain(o => o.GetProperty("type").GetString() == "index-pattern"
            && o.GetProperty("attributes").GetProperty("title").GetString() == "logs-logkit-*"
            && o.GetProperty("attributes").GetProperty("timeFieldName").GetString() == "@timestamp");
        objects.Should().Contain(o => o.GetProperty("type").GetString() == "search"
            && o.GetProperty("attributes").GetProperty("kibanaSavedObjectMeta").GetProperty("searchSourceJSON").GetString()!.Contains("error"));
        objects.Should().ContainSingle(o => o.GetProperty("type").GetString() == "dashboard");
        foreach (var o in objects)
        {
            foreach (var reference in o.GetProperty("references").EnumerateArray())
                ids.Should().Contain((reference.GetProperty("type").GetString(), reference.GetProperty("id").GetString()));
        }
        var dashboard = objects.Single(o => o.GetProperty("type").GetString() == "dashboard");
        var panelRefs = JsonDocument.Parse(dashboard.GetProperty("attributes").GetProperty("panelsJSON").GetString()!).RootElement
            .EnumerateArray().Select(p => p.GetProperty("panelRefName").GetString()).ToList();
        panelRefs.Should().BeEquivalentTo(dashboard.GetProperty("references").EnumerateArray().Select(r => r.GetProperty("name").GetString()));
    }

    [Fact]
    public void EveryFieldTheSavedObjectsUseIsMappedByTheIndexTemplate()
    {
        var template = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "index-template.json"))).RootElement;
        var mapped = new HashSet<string>();
        Collect(template.GetProperty("template").GetProperty("mappings").GetProperty("properties"), "", mapped);
        var used = new HashSet<string>();
        foreach (var line in File.ReadAllLines(Path.Combine(Folder, "saved-objects.ndjson")))
        {
            var attributes = JsonDocument.Parse(line).RootElement.GetProperty("attributes");
            foreach (var text in Strings(attributes))
            {
                foreach (Match match in FieldUse().Matches(text))
                    used.Add(match.Groups["field"].Value);
            }
            if (attributes.TryGetProperty("columns", out var columns))
                used.UnionWith(columns.EnumerateArray().Select(c => c.GetString()!));
        }

        used.Should().Contain(["@timestamp", "log.level", "logkit.template"]);
        used.Should().BeSubsetOf(mapped);
    }

    static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    static void Collect(JsonElement properties, string prefix, HashSet<string> into)
    {
        foreach (var field in properties.EnumerateObject())
        {
            var path = prefix + field.Name;
            into.Add(path);
            if (field.Value.TryGetProperty("properties", out var inner))
                Collect(inner, path + ".", into);
        }
    }
}
