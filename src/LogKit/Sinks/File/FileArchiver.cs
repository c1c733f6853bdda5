using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Serilog.Debugging;

namespace LogKit.Sinks.File;

/// <summary>
/// Compresses a rolled file to <c>name.gz</c>: the archive is written under a temporary name,
/// forced to disk and renamed, and only then is the original deleted, so a crash at any point
/// leaves either the original or a complete archive (and at worst a temporary file that the next
/// start removes). An original is never deleted unless an archive with all of its bytes exists.
/// </summary>
internal static class FileArchiver
{
    static int s_temporaryNames;

    /// <summary>Archives <paramref name="path"/>; does nothing if it no longer exists. Returns whether an archive was published.</summary>
    /// <param name="path">The rolled file.</param>
    /// <param name="sharedLock">
    /// In shared mode, the lock other processes append under: the original is deleted under it, and
    /// only if no process appended to it while it was being compressed (otherwise it is compressed again).
    /// </param>
    public static bool Compress(string path, SharedFileLock? sharedLock = null)
    {
        var archive = path + PathRoller.ArchiveExtension;
        // Unique per process and per call: two sinks or two processes may archive the same file at once.
        var partial = $"{archive}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Interlocked.Increment(ref s_temporaryNames).ToString(CultureInfo.InvariantCulture)}{PathRoller.PartialExtension}";
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (!System.IO.File.Exists(path))
                return false;
            try
            {
                var length = WriteArchive(path, partial);
                using (sharedLock?.Acquire())
                {
                    // Shared mode: another process may have appended while we compressed; then again.
                    if (!System.IO.File.Exists(path) || new FileInfo(path).Length != length)
                        continue;
                    Publish(partial, archive, path, length);
                    return true;
                }
            }
            finally
            {
                System.IO.File.Delete(partial);
            }
        }
        return false;
    }

    /// <summary>Writes the archive; returns the number of bytes of the original it holds.</summary>
    static long WriteArchive(string path, string partial)
    {
        using var source = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1024 * 1024);
        var targetOptions = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 1024 * 1024 };
        if (!OperatingSystem.IsWindows())
            targetOptions.UnixCreateMode = LogFolder.FileMode;   // an archive holds the same data as the log
        using var target = new FileStream(partial, targetOptions);
        using (var gzip = new GZipStream(target, CompressionLevel.Optimal, leaveOpen: true))
            source.CopyTo(gzip);
        // The archive is complete on disk before the original can be deleted.
        target.Flush(flushToDisk: true);
        return source.Position;   // what was copied, not the length now (it may have grown since)
    }

    static void Publish(string partial, string archive, string original, long length)
    {
        try
        {
            System.IO.File.Move(partial, archive, overwrite: false);
        }
        catch (IOException) when (System.IO.File.Exists(archive))
        {
            // An archive of that name exists: another process sharing the log finished first, or an
            // older file of the same name was archived before. Delete the original only if that
            // archive holds exactly its bytes.
            if (UncompressedLength(archive) != length)
            {
                SelfLog.WriteLine("LogKit file sink: {0} exists and differs from {1}; the original is kept uncompressed", archive, original);
                return;
            }
        }
        System.IO.File.Delete(original);
    }

    static long UncompressedLength(string archive)
    {
        try
        {
            using var gzip = new GZipStream(System.IO.File.OpenRead(archive), CompressionMode.Decompress);
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = gzip.Read(buffer)) > 0)
                total += read;
            return total;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return -1;
        }
    }

    /// <summary>
    /// Repairs what a crash can leave: temporary archives of processes that no longer run are deleted,
    /// and an archive whose original still exists may be incomplete, so it is deleted (under the shared
    /// lock, where another process could be between publishing it and deleting the original) and the
    /// original archived again. Every other rolled file (not <paramref name="activePath"/>) is archived.
    /// </summary>
    public static void Recover(PathRoller roller, string? activePath, SharedFileLock? sharedLock)
    {
        foreach (var partial in Directory.EnumerateFiles(roller.Directory, roller.SearchPattern + PathRoller.PartialExtension))
        {
            var name = Path.GetFileName(partial);
            // Only this log's partial archives: "<log name>.gz.<pid>-<n>.tmp".
            var gz = name.LastIndexOf(PathRoller.ArchiveExtension + ".", StringComparison.Ordinal);
            if (gz <= 0 || !roller.TryParse(name[..gz], out var log) || log.IsArchive)
                continue;
            var owner = name[(gz + PathRoller.ArchiveExtension.Length + 1)..].Split('-', '.')[0];
            if (int.TryParse(owner, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !IsRunning(pid))
                System.IO.File.Delete(partial);
        }

        foreach (var entry in LogFileSet.List(roller))
        {
            if (entry.PlainPath is null || string.Equals(entry.PlainPath, activePath, StringComparison.Ordinal))
                continue;
            if (entry.ArchivePath != null)
            {
                using (sharedLock?.Acquire())
                {
                    if (System.IO.File.Exists(entry.PlainPath))
                        System.IO.File.Delete(entry.ArchivePath);
                }
            }
            Compress(entry.PlainPath, sharedLock);
        }
    }

    static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
            return true;   // another sink of this process may be compressing right now
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
