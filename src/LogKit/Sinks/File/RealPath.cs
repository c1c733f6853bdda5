namespace LogKit.Sinks.File;

/// <summary>
/// The path a file is really at, so that one file reached by two spellings (a symlinked folder, a
/// symlink to the file, a different letter case where the file system ignores case) is recognised
/// as one. Parts of the path that do not exist yet are kept as written.
/// </summary>
internal static class RealPath
{
    const int MaxLinks = 40;   // as Linux's own limit on links followed in one lookup

    /// <summary>How paths compare: ignoring case on Windows and macOS, whose file systems do by default.</summary>
    public static StringComparer Comparer { get; } = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS()
        ? StringComparer.OrdinalIgnoreCase
        : StringComparer.Ordinal;

    /// <summary>Resolves every symbolic link in <paramref name="fullPath"/> (an absolute path).</summary>
    public static string Of(string fullPath)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(fullPath), ref links);
    }

    static string Resolve(string path, ref int links)
    {
        var root = Path.GetPathRoot(path) ?? "";
        var current = root;
        foreach (var part in path[root.Length..].Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))
        {
            if (part.Length == 0)
                continue;
            var next = Path.Combine(current, part);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;   // the link itself, file or folder
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                target = null;   // unreadable: keep the name as written
            }
            if (target != null && ++links <= MaxLinks)
                next = Resolve(Path.GetFullPath(target, current), ref links);
            current = next;
        }
        return current;
    }
}
