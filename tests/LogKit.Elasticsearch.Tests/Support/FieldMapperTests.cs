using System.Text.Json;
using LogKit.Elasticsearch.Tests.Support.Fake;

namespace LogKit.Elasticsearch.Tests.Support;

/// <summary>The fake's mapper behaves as Elasticsearch's dynamic mapping does for these cases.</summary>
public class FieldMapperTests
{
    static string? Map(FieldMapper mapper, string json) => mapper.TryMap(JsonDocument.Parse(json).RootElement, "id");

    [Fact]
    public void TheFirstTypeWinsAndCoercibleValuesPass()
    {
        var mapper = new FieldMapper();
        Map(mapper, """{"a":{"n":1,"s":"x","b":true}}""").Should().BeNull();

        Map(mapper, """{"a":{"n":"2","s":5,"b":"false"}}""").Should().BeNull("numeric strings, numbers into keyword and boolean strings coerce");
        Map(mapper, """{"a":{"n":"two"}}""").Should().Contain("failed to parse field [a.n] of type [long]");
        Map(mapper, """{"a":{"b":1}}""").Should().Contain("of type [boolean]");
        Map(mapper, """{"a":{"n":{"x":1}}}""").Should().Contain("[a.n]");
        Map(mapper, """{"a":5}""").Should().Contain("object mapping for [a]");
    }

    [Fact]
    public void ARefusedDocumentAddsNoMappings()
    {
        var mapper = new FieldMapper();
        Map(mapper, """{"n":1}""");

        Map(mapper, """{"fresh":"x","n":"bad"}""").Should().NotBeNull();

        mapper.Types.Should().NotContainKey("fresh");
    }
}
