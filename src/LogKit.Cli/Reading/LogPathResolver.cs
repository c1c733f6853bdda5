using Microsoft.Extensions.FileSystemGlobbing;

namespace LogKit.Cli.Reading;

/// <summary>
/// Turns path arguments into logs: a file (with its rolled siblings when it is a log's base name), a
/// folder (every log in it), a glob (<c>logs/*.log</c>, <c>logs/**/app*.gz</c>), a log's base name that
/// is not itself a file (<c>logs/app.log</c> when only <c>app_001.log</c>... exist), or <c>-</c> for standard input.
/// </summary>
public static class LogPathResolver
{
    /// <summary>Resolves the arguments; the same file named twice is read once.</summary>
    /// <param name="paths">The path arguments.</param>
    /// <returns>The logs, in argument order.</returns>
    /// <exception cref="LogPathException">An argument matches nothing.</exception>
    public static IReadOnlyList<LogSet> Resolve(IEnumerable<string> paths) => Resolve(paths, missing: null);

    /// <summary>
    /// Resolves the arguments; one that matches nothing goes to <paramref name="missing"/> (as grep goes on
    /// past a missing file), or throws when <paramref name="missing"/> is null.
    /// </summary>
    internal static IReadOnlyList<LogSet> Resolve(IEnumerable<string> paths, Action<LogPathException>? missing)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var result = new List<LogSet>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            IEnumerable<LogSet> sets;
            try
            {
                sets = ResolveOne(path).ToList();
            }
            catch (LogPathException ex) when (missing is not null)
            {
                missing(ex);
                continue;
            }
            foreach (var set in sets)
            {
                var files = set.Files.Where(f => f.IsStandardInput || seen.Add(f.Path)).ToList();
                if (files.Count > 0)
                    result.Add(files.Count == set.Files.Count ? set : new LogSet(set.Name, files, set.IsStableActive));
            }
        }
        return result;
    }

    static IEnumerable<LogSet> ResolveOne(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new LogPathException(path, "an empty path");
        if (path == LogFile.StandardInputPath)
            return [new LogSet(path, [new LogFile(path, false, 0)])];

        if (Directory.Exists(path))
        {
            var folder = Path.GetFullPath(path);
            return LogSet.GroupFolder(folder, Directory.EnumerateFiles(folder));
        }

        if (path.IndexOfAny(['*', '?', '[']) >= 0)
            return ResolveGlob(path);

        if (File.Exists(path))
        {
            // A log's base name ("app.log") stands for all its files; a rolled file or archive named on its own is just that file.
            var name = LogFileName.Parse(Path.GetFileName(path));
            if (name.IsArchive || name.IsStableRolled || name.Period.Length > 0 || name.Sequence is not null)
                return [new LogSet(Path.GetFullPath(path), [LogFile.FromPath(path)])];
        }

        var log = LogSet.ForBaseName(path);
        if (log.Files.Count > 0)
            return [log];
        throw new LogPathException(path, "no such file, folder or log");
    }

    static IEnumerable<LogSet> ResolveGlob(string pattern)
    {
        // The folder part before the first wildcard is the root; the rest is matched below it.
        var full = Path.GetFullPath(pattern);
        var wildcard = full.IndexOfAny(['*', '?', '[']);
        var root = Path.GetDirectoryName(full[..(wildcard + 1)])!;
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(Path.GetRelativePath(root, full));
        var files = Directory.Exists(root)
            ? matcher.GetResultsInFullPath(root).ToList()
            : [];
        if (files.Count == 0)
            throw new LogPathException(pattern, "no file matches");
        return files
            .GroupBy(f => Path.GetDirectoryName(f)!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => LogSet.GroupFolder(g.Key, g));
    }
}
