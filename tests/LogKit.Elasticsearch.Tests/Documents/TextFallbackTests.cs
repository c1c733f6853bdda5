using System.Text;
using System.Text.Json;
using LogKit.Elasticsearch.Documents;

namespace LogKit.Elasticsearch.Tests.Documents;

public class TextFallbackTests
{
    static BulkItem Item(string document) => new("x1", Encoding.UTF8.GetBytes("{\"create\":{\"_id\":\"x1\"}}\n" + document + "\n"), 0);

    [Theory]
    [InlineData("failed to parse field [logkit.properties.Amount] of type [long] in document with id 'x'", "Amount")]
    [InlineData("object mapping for [logkit.properties.Shape.Width] tried to parse field [Width] as object, but found a concrete value", "Shape")]
    [InlineData("failed to parse field [message] of type [text]", null)]
    [InlineData(null, null)]
    public void FindsTheTopLevelPropertyNamedInTheReason(string? reason, string? expected)
        => TextFallback.OffendingProperty(reason).Should().Be(expected);

    [Fact]
    public void MovesTheOffendingPropertyToTextAndKeepsTheRest()
    {
        var item = Item("""{"message":"m","logkit":{"template":"t","properties":{"Amount":"lots","N":3}}}""");

        var lines = Encoding.UTF8.GetString(TextFallback.Rewrite(item, "Amount")).Split('\n');

        lines[0].Should().Be("{\"create\":{\"_id\":\"x1\"}}");
        lines[2].Should().BeEmpty("the lines still end with a newline");
        var logkit = JsonDocument.Parse(lines[1]).RootElement.GetProperty("logkit");
        logkit.GetProperty("template").GetString().Should().Be("t");
        logkit.GetProperty("properties").GetProperty("N").GetInt32().Should().Be(3);
        logkit.GetProperty("properties").TryGetProperty("Amount", out _).Should().BeFalse();
        logkit.GetProperty("properties_text").GetString().Should().Be("{\"Amount\":\"lots\"}");
    }

    [Fact]
    public void WithoutANamedPropertyAllPropertiesMove()
    {
        var item = Item("""{"logkit":{"properties":{"A":1,"B":{"C":true}}}}""");

        var document = Encoding.UTF8.GetString(TextFallback.Rewrite(item, null)).Split('\n')[1];

        var logkit = JsonDocument.Parse(document).RootElement.GetProperty("logkit");
        logkit.GetProperty("properties").EnumerateObject().Should().BeEmpty();
        JsonDocument.Parse(logkit.GetProperty("properties_text").GetString()!).RootElement.GetProperty("B").GetProperty("C").GetBoolean().Should().BeTrue();
    }
}
