namespace LogKit.Sinks.File;

/// <summary>Checks a log file's path when its sink is added, so that a path that can never be written fails then.</summary>
internal static class LogFilePath
{
    /// <summary>
    /// Creates the folder of <paramref name="fullPath"/>. A folder that cannot be created is a mistake of
    /// configuration, not a write failure to count: the message is the one the configuration reader gives.
    /// </summary>
    /// <exception cref="ArgumentException">The folder cannot be created.</exception>
    public static void CreateFolder(string path, string fullPath)
    {
        try
        {
            var folder = System.IO.Path.GetDirectoryName(fullPath);
            if (!string.IsNullOrEmpty(folder))
                LogFolder.Create(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new ArgumentException($"'{path}': {FolderProblem(ex)}", nameof(path), ex);
        }
    }

    /// <summary>The problem, as the configuration reader also words it.</summary>
    public static string FolderProblem(Exception ex) => $"the folder cannot be created ({ex.Message})";
}
