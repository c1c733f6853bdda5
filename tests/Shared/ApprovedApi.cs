using System.Reflection;
using PublicApiGenerator;

namespace LogKit.Testing;

/// <summary>
/// Compares an assembly's public API with the approved file beside the test (<c>tests/&lt;project&gt;/PublicApi/&lt;name&gt;.approved.txt</c>),
/// so every change to a package's surface shows up in review. On a difference it writes <c>&lt;name&gt;.received.txt</c>;
/// if the change is intended, copy that over the approved file.
/// </summary>
public static class ApprovedApi
{
    /// <summary>Fails when <paramref name="assembly"/>'s public API differs from the approved one.</summary>
    public static void Verify(Assembly assembly, string testProject, string name, params string[] allowNamespacePrefixes)
    {
        var api = assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            AllowNamespacePrefixes = allowNamespacePrefixes,
            ExcludeAttributes =
            [
                "System.Runtime.Versioning.TargetFrameworkAttribute",
                "System.Reflection.AssemblyMetadataAttribute",
                "System.Runtime.CompilerServices.InternalsVisibleToAttribute",
                "System.Runtime.CompilerServices.AsyncIteratorStateMachineAttribute",
            ],
        });

        // Not [CallerFilePath]: CI builds map source paths to /_/ for determinism.
        var folder = Path.Combine(RepositoryRoot.Path, "tests", testProject, "PublicApi");
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
