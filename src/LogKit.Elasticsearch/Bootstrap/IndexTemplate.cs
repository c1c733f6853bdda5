using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using LogKit.Elasticsearch.Configuration;

namespace LogKit.Elasticsearch.Bootstrap;

/// <summary>
/// The index template LogKit installs when <c>BootstrapTemplate</c> is on: the embedded
/// <c>index-template.json</c> (also in samples/kibana) with its pattern set to the data stream's
/// <c>logs-{dataset}-*</c>. PUT is idempotent: installing it again replaces it with the same.
/// </summary>
internal static class IndexTemplate
{
    public const string ResourceName = "LogKit.Elasticsearch.index-template.json";

    public static string Name(DataStreamName dataStream) => "logkit-" + dataStream.Dataset.Replace('.', '-');

    public static string Json(DataStreamName dataStream)
    {
        using var stream = typeof(IndexTemplate).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The index template resource is missing from the assembly.");
        var template = JsonNode.Parse(stream)!.AsObject();
        template["index_patterns"] = new JsonArray($"logs-{dataStream.Dataset}-*");
        return template.ToJsonString();
    }

    public static HttpContent Content(DataStreamName dataStream)
    {
        var content = new StringContent(Json(dataStream));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
