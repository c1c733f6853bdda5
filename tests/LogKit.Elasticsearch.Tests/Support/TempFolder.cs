using System.Runtime.CompilerServices;

namespace LogKit.Elasticsearch.Tests.Support;

/// <summary>A folder of its own for one test, deleted on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    TempFolder(string path)
    {
        Path = path;
        Directory.CreateDirectory(path);
    }

    public string Path { get; }

    public static TempFolder ForCaller([CallerMemberName] string caller = "")
        => new(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "logkit-es-tests", caller + "-" + Guid.NewGuid().ToString("N")[..8]));

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
