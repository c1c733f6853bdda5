using System.Runtime.CompilerServices;

namespace LogKit.Testing;

/// <summary>
/// A folder for one test, named after the test file and method, deleted (with everything in it) on dispose.
/// One source file linked into every test project (tests/Shared), so the projects cannot drift apart.
/// </summary>
public sealed class TempFolder : IDisposable
{
    // Each test assembly compiles this file in, so this names the project whose tests made the folder.
    static readonly string DefaultRoot = System.IO.Path.Combine(
        System.IO.Path.GetTempPath(), typeof(TempFolder).Assembly.GetName().Name ?? "LogKit.Tests");

    TempFolder(string path)
    {
        Path = path;
        Directory.CreateDirectory(path);
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>A new folder under the system temp folder, named after the calling test.</summary>
    public static TempFolder ForCaller([CallerMemberName] string caller = "", [CallerFilePath] string sourceFile = "")
        => In(DefaultRoot, caller, sourceFile);

    /// <summary>A new folder under <paramref name="root"/> (for example a small tmpfs), named after the calling test.</summary>
    public static TempFolder In(string root, [CallerMemberName] string caller = "", [CallerFilePath] string sourceFile = "")
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(sourceFile) + "-" + caller + "-" + Guid.NewGuid().ToString("N")[..8];
        return new TempFolder(System.IO.Path.Combine(root, name));
    }

    /// <summary>The path of <paramref name="name"/> inside this folder.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Path))
                Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a failing test: leave it for the OS to clean.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
