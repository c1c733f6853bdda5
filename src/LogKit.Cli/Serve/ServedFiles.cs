namespace LogKit.Cli.Serve;

/// <summary>
/// The files behind the command line's paths, listed again at each refresh so new rolled files and archives
/// appear: a file; a folder (its log files: <c>.log</c>, <c>.clef</c>, <c>.json</c>, and their <c>.gz</c>
/// archives); a glob in the last segment; or a log's base name (<c>logs/app.log</c> means all its rolled files).
/// </summary>
internal static class ServedFiles
{
    static readonly string[] LogExtensions = [".log", ".clef", ".json", ".jsonl", ".ndjson"];

    public static IReadOnlyList<string> List(IReadOnlyList<string> paths)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            foreach (var file in Expand(path))
            {
                if (seen.Add(file))
                    files.Add(file);
            }
        }
        return files;
    }

    static IEnumerable<string> Expand(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
            return SafeList(full, "*").Where(IsLogFile).Order(StringComparer.Ordinal);
        if (File.Exists(full))
            return [full];

        var directory = Path.GetDirectoryName(full) ?? full;
        var name = Path.GetFileName(full);
        if (name.AsSpan().IndexOfAny('*', '?') >= 0)
            return SafeList(directory, name).Where(f => !f.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal);

        // A log's base name: app.log stands for app20261125.log, app_001.log, app.1.log and their .gz archives.
        var prefix = Path.GetFileNameWithoutExtension(name);
        var extension = Path.GetExtension(name);
        return SafeList(directory, prefix + "*")
            .Where(f =>
            {
                var fileName = Path.GetFileName(f);
                if (fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
                    fileName = fileName[..^3];
                if (!fileName.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                    return false;
                var middle = fileName[prefix.Length..^extension.Length];
                return middle.All(c => char.IsAsciiDigit(c) || c == '_' || c == '.');
            })
            .Order(StringComparer.Ordinal);
    }

    static bool IsLogFile(string path)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            name = name[..^3];
        return LogExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    static IEnumerable<string> SafeList(string directory, string pattern)
    {
        try
        {
            return Directory.GetFiles(directory, pattern);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
