namespace LogKit.Elasticsearch.Tests.PublicApi;

/// <summary>Every change to the package's public surface shows up in review as a change to the approved file.</summary>
public class PublicApiTests
{
    [Fact]
    public void ThePublicApiIsTheApprovedOne()
        => ApprovedApi.Verify(typeof(ElasticsearchSinkOptions).Assembly, "LogKit.Elasticsearch.Tests", "LogKit.Elasticsearch");
}
