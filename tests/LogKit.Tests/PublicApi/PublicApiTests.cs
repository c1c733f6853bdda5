using LogKit.Tests.Support;
using PublicApiGenerator;

namespace LogKit.Tests.PublicApi;

/// <summary>
/// Every change to the public surface shows up in review as a change to the approved file. When
/// this fails, read <c>*.received.txt</c>; if the change is intended, copy it over the approved file.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void ThePublicApiIsTheApprovedOne()
    {
        var api = typeof(Log).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute", "System.Runtime.CompilerServices.InternalsVisibleToAttribute"],
        });

        Approve("LogKit", api);
    }

    [Fact]
    public void TheExtensionsLoggingPublicApiIsTheApprovedOne()
    {
        var api = typeof(LogKit.Extensions.Logging.LogKitLoggerProvider).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            // The AddLogKit extensions live in Microsoft.Extensions.* namespaces, which the generator skips by default.
            AllowNamespacePrefixes = ["Microsoft.Extensions"],
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute", "System.Runtime.CompilerServices.InternalsVisibleToAttribute"],
        });

        Approve("LogKit.Extensions.Logging", api);
    }

    [Fact]
    public void ThePrometheusPublicApiIsTheApprovedOne()
    {
        var api = typeof(LogKitMetrics).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute", "System.Runtime.CompilerServices.InternalsVisibleToAttribute"],
        });

        Approve("LogKit.Prometheus", api);
    }

    internal static void Approve(string name, string api)
    {
        // Not [CallerFilePath]: CI builds map source paths to /_/ for determinism.
        var folder = Path.Combine(RepositoryRoot.Path, "tests", "LogKit.Tests", "PublicApi");
        var approvedPath = Path.Combine(folder, name + ".approved.txt");
        var receivedPath = Path.Combine(folder, name + ".received.txt");
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
