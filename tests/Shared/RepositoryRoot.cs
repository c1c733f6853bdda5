namespace LogKit.Testing;

/// <summary>The repository's root folder (the one holding LogKit.sln), found by walking up from the test binaries.</summary>
public static class RepositoryRoot
{
    /// <summary>The folder holding LogKit.sln.</summary>
    public static string Path { get; } = Find();

    /// <summary>Where test artefacts go (screenshots): artifacts/ at the repository root, which CI keeps.</summary>
    public static string Artifact(params string[] parts)
    {
        var path = System.IO.Path.Combine([Path, "artifacts", .. parts]);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        return path;
    }

    static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "LogKit.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("LogKit.sln not found above " + AppContext.BaseDirectory);
    }
}
