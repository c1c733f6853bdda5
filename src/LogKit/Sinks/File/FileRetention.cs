using Serilog.Sinks.File;

namespace LogKit.Sinks.File;

/// <summary>
/// Deletes this log's oldest files (archives included) so that every configured limit holds: at
/// most <c>RetainedFileCount</c> files, none last written longer ago than <c>RetainedFor</c>, and all
/// of them together no larger than <c>RetainedTotalSize</c>. The active file is never deleted, and
/// neither is any file that is not this log's.
/// </summary>
internal sealed class FileRetention(PathRoller roller, int? maxCount, TimeSpan? maxAge, long? maxTotalBytes, FileLifecycleHooks? hooks, TimeProvider clock)
{
    public bool IsEnabled => maxCount != null || maxAge != null || maxTotalBytes != null;

    /// <summary>Applies the limits, deleting the oldest files first; returns the paths deleted.</summary>
    public List<string> Apply(string? activePath)
    {
        var deleted = new List<string>();
        if (!IsEnabled)
            return deleted;

        var now = clock.GetUtcNow().UtcDateTime;
        var kept = new List<LogFileEntry>();
        var expired = new List<LogFileEntry>();
        foreach (var file in LogFileSet.List(roller))   // newest first
        {
            var tooOld = maxAge is { } age && now - file.LastWriteUtc > age;
            var beyondCount = maxCount is { } count && kept.Count >= count;
            if (IsActive(file, activePath) || !tooOld && !beyondCount)
                kept.Add(file);
            else
                expired.Add(file);
        }

        if (maxTotalBytes is { } limit)
        {
            var total = kept.Sum(f => f.Length);
            for (var i = kept.Count - 1; i >= 0 && total > limit; i--)   // oldest first
            {
                if (IsActive(kept[i], activePath))
                    continue;
                total -= kept[i].Length;
                expired.Add(kept[i]);
            }
        }

        expired.Sort((x, y) => LogFileName.CompareNewestFirst(y.Name, x.Name));
        foreach (var file in expired)
            Delete(file, deleted);
        return deleted;
    }

    static bool IsActive(LogFileEntry file, string? activePath)
        => activePath != null && file.Paths.Any(p => string.Equals(p, activePath, StringComparison.Ordinal));

    void Delete(LogFileEntry file, List<string> deleted)
    {
        foreach (var path in file.Paths)
        {
            hooks?.OnFileDeleting(path);
            System.IO.File.Delete(path);
            deleted.Add(path);
        }
    }
}
