namespace LogKit.Cli.Reading;

/// <summary>
/// One log: the files a rolling file sink wrote for one path (its rolled files and <c>.gz</c>
/// archives), oldest first, read as one stream. A single file given by name is a log of one file.
/// </summary>
public sealed class LogSet
{
    /// <summary>Creates a log from files already in chronological order.</summary>
    /// <param name="name">The log's path as given to the sink (<c>/var/log/app.log</c>), or a file's path.</param>
    /// <param name="files">The files, oldest first.</param>
    /// <param name="isStableActive">True when the files use stable-active naming (the bare name is the active, newest file).</param>
    public LogSet(string name, IReadOnlyList<LogFile> files, bool isStableActive = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(files);
        Name = name;
        Files = files;
        IsStableActive = isStableActive;
    }

    /// <summary>The log's path as given to the sink, or the single file's path.</summary>
    public string Name { get; }

    /// <summary>The files, oldest first; a file caught mid-compression is listed once (its plain copy).</summary>
    public IReadOnlyList<LogFile> Files { get; }

    /// <summary>True when the files use stable-active naming: <c>app.log</c> is the newest file, <c>app.N.log</c> the rolled ones.</summary>
    public bool IsStableActive { get; }

    /// <summary>The sum of the files' sizes on disk when they were listed.</summary>
    public long TotalLength => Files.Sum(f => f.Length);

    /// <summary>
    /// Lists a log's files now: every file in <paramref name="basePath"/>'s folder whose name is one of
    /// the file sink's names for that path (<c>app.log</c> gives <c>app_001.log</c>, <c>app20261125.log</c>,
    /// <c>app.3.log</c>, <c>app_002.log.gz</c> ...), in chronological order, by name (never by
    /// modification time, which copies and restores change). The naming mode is recognised from the
    /// names: any <c>app.N.log</c> means stable-active.
    /// </summary>
    /// <param name="basePath">The path given to the sink.</param>
    /// <returns>The log; its <see cref="Files"/> is empty when nothing matches.</returns>
    public static LogSet ForBaseName(string basePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(basePath);
        var full = Path.GetFullPath(basePath);
        var folder = Path.GetDirectoryName(full)!;
        var baseName = Path.GetFileName(full);
        var stem = Path.GetFileNameWithoutExtension(baseName);
        var candidates = new List<(string Path, LogFileName Name)>();
        if (Directory.Exists(folder))
        {
            foreach (var path in Directory.EnumerateFiles(folder, stem + "*"))
            {
                var name = LogFileName.Parse(Path.GetFileName(path));
                if (string.Equals(name.BaseName, baseName, StringComparison.Ordinal))
                    candidates.Add((path, name));
            }
        }
        return FromNames(full, candidates);
    }

    /// <summary>Groups a folder's files into logs by name, each in chronological order; logs ordered by name.</summary>
    internal static List<LogSet> GroupFolder(string folder, IEnumerable<string> paths)
    {
        return paths
            // The file sink's own files that hold no events: partial archives and the single-writer lock.
            .Where(p => !p.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) && !p.EndsWith(".lock", StringComparison.OrdinalIgnoreCase))
            .Select(p => (Path: p, Name: LogFileName.Parse(Path.GetFileName(p))))
            .GroupBy(c => c.Name.BaseName, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => FromNames(Path.Combine(folder, g.Key), g.ToList()))
            .ToList();
    }

    static LogSet FromNames(string basePath, List<(string Path, LogFileName Name)> candidates)
    {
        var stable = candidates.Any(c => c.Name.IsStableRolled);
        candidates.Sort((x, y) => LogFileName.CompareOldestFirst(x.Name, y.Name, stable));
        var files = new List<LogFile>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            var (path, name) = candidates[i];
            // "app_001.log" and "app_001.log.gz" together: the sink was archiving it; the plain file is whole.
            if (name.IsArchive && i > 0 && candidates[i - 1].Name == name with { IsArchive = false })
                continue;
            files.Add(LogFile.FromPath(path));
        }
        return new LogSet(basePath, files, stable);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Files.Count} files)";
}
