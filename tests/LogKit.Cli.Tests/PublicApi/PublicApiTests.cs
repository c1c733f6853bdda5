using PublicApiGenerator;

namespace LogKit.Cli.Tests.PublicApi;

/// <summary>
/// The tool's public surface is its reading engine (<c>LogKit.Cli.Reading</c>), which <c>logkit serve</c> and
/// others build on: every change to it shows up in review. When this fails, read <c>*.received.txt</c>; if the
/// change is intended, copy it over the approved file.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void TheReadingEnginesPublicApiIsTheApprovedOne()
    {
        var api = typeof(LogKit.Cli.Reading.LogQuery).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute", "System.Runtime.CompilerServices.InternalsVisibleToAttribute", "System.Runtime.CompilerServices.AsyncIteratorStateMachineAttribute"],
        });

        // Not [CallerFilePath]: CI builds map source paths to /_/ for determinism.
        var folder = Path.Combine(RepositoryRoot(), "tests", "LogKit.Cli.Tests", "PublicApi");
        var approvedPath = Path.Combine(folder, "LogKit.Cli.approved.txt");
        var receivedPath = Path.Combine(folder, "LogKit.Cli.received.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : "";
        if (api == approved)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, api);
        api.Should().Be(approved, "the public API changed; if intended, copy {0} over {1}", receivedPath, approvedPath);
    }

    static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder != null && !File.Exists(Path.Combine(folder.FullName, "LogKit.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("LogKit.sln not found above " + AppContext.BaseDirectory);
    }
}
