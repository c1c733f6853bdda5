namespace LogKit.Prometheus.Tests.Support;

public static class RepositoryRoot
{
    /// <summary>The folder holding LogKit.sln, found by walking up from the test binaries.</summary>
    public static string Path { get; } = Find();

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
