namespace LogKit.Elasticsearch.Tests.Support;

/// <summary>The repository's root folder (the one holding LogKit.sln), found from the test binaries.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "LogKit.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("LogKit.sln not found above " + AppContext.BaseDirectory);
    }
}
