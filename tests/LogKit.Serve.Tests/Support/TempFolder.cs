using System.Runtime.CompilerServices;

namespace LogKit.Serve.Tests.Support;

/// <summary>A folder for one test, deleted (with everything in it) on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    TempFolder(string path)
    {
        Path = path;
        Directory.CreateDirectory(path);
    }

    public string Path { get; }

    public static TempFolder ForCaller([CallerMemberName] string caller = "", [CallerFilePath] string sourceFile = "")
    {
        var root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "LogKit.Serve.Tests");
        var name = System.IO.Path.GetFileNameWithoutExtension(sourceFile) + "-" + caller + "-" + Guid.NewGuid().ToString("N")[..8];
        return new TempFolder(System.IO.Path.Combine(root, name));
    }

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
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
