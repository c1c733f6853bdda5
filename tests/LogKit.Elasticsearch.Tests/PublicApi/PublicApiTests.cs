using LogKit.Elasticsearch.Tests.Support;
using PublicApiGenerator;

namespace LogKit.Elasticsearch.Tests.PublicApi;

/// <summary>
/// Every change to the package's public surface shows up in review as a change to the approved
/// file. When this fails, read the received file; if the change is intended, copy it over the approved one.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void ThePublicApiIsTheApprovedOne()
    {
        var api = typeof(ElasticsearchSinkOptions).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute", "System.Runtime.CompilerServices.InternalsVisibleToAttribute"],
        });
        var folder = Path.Combine(RepositoryRoot.Path, "tests", "LogKit.Elasticsearch.Tests", "PublicApi");
        var approvedPath = Path.Combine(folder, "LogKit.Elasticsearch.approved.txt");
        var receivedPath = Path.Combine(folder, "LogKit.Elasticsearch.received.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : "";
        if (api == approved)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, api);
        api.Should().Be(approved, "the public API changed; if intended, copy {0} over {1}", receivedPath, approvedPath);
    }
}
