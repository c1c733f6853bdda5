using System.Text.Json;

namespace LogKit.Elasticsearch.Tests.Support.Fake;

/// <summary>A document the fake stored: its id, data stream and source.</summary>
public sealed record StoredDocument(string Id, string DataStream, string Source, bool InFailureStore)
{
    public JsonElement Parse() => JsonDocument.Parse(Source).RootElement;
}
