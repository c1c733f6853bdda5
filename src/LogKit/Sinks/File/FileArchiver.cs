using System.IO.Compression;

namespace LogKit.Sinks.File;

/// <summary>
/// Compresses a rolled file to <c>name.gz</c>: the archive is written under a temporary name,
/// forced to disk and renamed, and only then is the original deleted, so a crash at any point
/// leaves either the original or a complete archive (and at worst a temporary file that the next
/// start removes).
/// </summary>
internal static class FileArchiver
{
    /// <summary>Archives <paramref name="path"/>; does nothing if it no longer exists.</summary>
    /// <param name="path">The rolled file.</param>
    /// <param name="sharedLock">
    /// In shared mode, the lock other processes append under: the original is deleted under it, and
    /// only if no process appended to it while it was being compressed (otherwise it is compressed again).
    /// </param>
    public static void Compress(string path, SharedFileLock? sharedLock = null)
    {
        var archive = path + PathRoller.ArchiveExtension;
        // Unique per process: two processes sharing a log may both try to archive the same file.
        var partial = archive + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + PathRoller.PartialExtension;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (!System.IO.File.Exists(path))
                return;
            try
            {
                var length = WriteArchive(path, partial);
                if (sharedLock is null)
                {
                    Publish(partial, archive, path);
                    return;
                }

                using (sharedLock.Acquire())
                {
                    if (System.IO.File.Exists(path) && new FileInfo(path).Length == length)
                    {
                        Publish(partial, archive, path);
                        return;
                    }
                }
            }
            finally
            {
                System.IO.File.Delete(partial);
            }
        }
    }

    static long WriteArchive(string path, string partial)
    {
        using var source = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1024 * 1024);
        using var target = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1024 * 1024);
        using (var gzip = new GZipStream(target, CompressionLevel.Optimal, leaveOpen: true))
            source.CopyTo(gzip);
        // The archive is complete on disk before the original can be deleted.
        target.Flush(flushToDisk: true);
        return source.Length;
    }

    static void Publish(string partial, string archive, string original)
    {
        try
        {
            System.IO.File.Move(partial, archive, overwrite: false);
        }
        catch (IOException) when (System.IO.File.Exists(archive))
        {
            // Another process sharing the log finished first; its archive stands.
        }
        System.IO.File.Delete(original);
    }

    /// <summary>
    /// Repairs what a crash can leave: temporary archives are deleted, and an archive whose original
    /// still exists may be incomplete, so it is deleted and the original archived again. Every other
    /// rolled file (not <paramref name="activePath"/>) is archived.
    /// </summary>
    public static void Recover(PathRoller roller, string? activePath, SharedFileLock? sharedLock)
    {
        foreach (var partial in Directory.EnumerateFiles(roller.Directory, roller.SearchPattern + PathRoller.PartialExtension))
        {
            var name = Path.GetFileName(partial);
            // Only this log's partial archives: "<log name>.gz.<pid>.tmp".
            var gz = name.IndexOf(PathRoller.ArchiveExtension + ".", StringComparison.Ordinal);
            if (gz > 0 && roller.TryParse(name[..gz], out var log) && !log.IsArchive)
                System.IO.File.Delete(partial);
        }

        foreach (var entry in LogFileSet.List(roller))
        {
            if (entry.PlainPath is null || string.Equals(entry.PlainPath, activePath, StringComparison.Ordinal))
                continue;
            if (entry.ArchivePath != null)
                System.IO.File.Delete(entry.ArchivePath);
            Compress(entry.PlainPath, sharedLock);
        }
    }
}
