namespace LogKit.Sinks.File;

/// <summary>One file of a rolling log found on disk: its plain file, its archive, or both (mid-compression).</summary>
internal sealed class LogFileEntry(LogFileName name)
{
    public LogFileName Name { get; } = name;

    public string? PlainPath { get; set; }

    public string? ArchivePath { get; set; }

    public long Length { get; set; }

    public DateTime LastWriteUtc { get; set; }

    public IEnumerable<string> Paths => new[] { PlainPath, ArchivePath }.OfType<string>();
}

/// <summary>Lists the files of one rolling log, newest first; other files in the folder are ignored.</summary>
internal static class LogFileSet
{
    public static List<LogFileEntry> List(PathRoller roller)
    {
        var byLogName = new Dictionary<string, LogFileEntry>(StringComparer.Ordinal);
        IEnumerable<FileInfo> files;
        try
        {
            files = new DirectoryInfo(roller.Directory).EnumerateFiles(roller.SearchPattern).ToList();
        }
        catch (DirectoryNotFoundException)
        {
            return [];
        }

        foreach (var file in files)
        {
            if (!roller.TryParse(file.Name, out var name))
                continue;

            if (!byLogName.TryGetValue(name.LogName, out var entry))
                byLogName[name.LogName] = entry = new LogFileEntry(name with { IsArchive = false, Name = name.LogName });

            try
            {
                if (name.IsArchive)
                    entry.ArchivePath = file.FullName;
                else
                    entry.PlainPath = file.FullName;
                entry.Length += file.Length;
                entry.LastWriteUtc = entry.LastWriteUtc > file.LastWriteTimeUtc ? entry.LastWriteUtc : file.LastWriteTimeUtc;
            }
            catch (FileNotFoundException)
            {
                // Deleted since it was listed (another process's retention): ignore it.
            }
        }

        var result = byLogName.Values.Where(e => e.PlainPath != null || e.ArchivePath != null).ToList();
        result.Sort((x, y) => LogFileName.CompareNewestFirst(x.Name, y.Name));
        return result;
    }
}
