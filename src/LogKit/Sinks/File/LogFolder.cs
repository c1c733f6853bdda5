namespace LogKit.Sinks.File;

/// <summary>
/// The log folder on a shared machine: folders the sink creates are 0750 and files 0640 on Unix (not
/// readable by other users: logs hold personal data), and the sink never writes through a symbolic link
/// that someone else put in its way — neither a link planted under the next rolled name nor the folder
/// itself swapped for a link after the sink started. Rolled names are derived from the configured path,
/// never from events. (Checked just before each open: a local attacker who can write the log folder
/// can still race the check; keep log folders writable by the application's user only.)
/// </summary>
internal sealed class LogFolder
{
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute;
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;

    readonly string _folder;
    readonly string _realFolder;

    /// <summary>Remembers where <paramref name="folder"/> leads now (links resolved), when the sink starts.</summary>
    public LogFolder(string folder)
    {
        _folder = folder;
        _realFolder = RealPath.Of(folder);
    }

    /// <summary>Creates <paramref name="folder"/> and any missing parents, 0750 on Unix.</summary>
    public static void Create(string folder)
    {
        if (OperatingSystem.IsWindows() || Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder);
            return;
        }
        // CreateDirectory(path, mode) gives missing parents the default mode (0755): each folder the
        // sink created is set to 0750 afterwards.
        var missing = new List<string>();
        for (var level = Path.GetFullPath(folder); !string.IsNullOrEmpty(level) && !Path.Exists(level); level = Path.GetDirectoryName(level))
            missing.Add(level);
        Directory.CreateDirectory(folder, FolderMode);
        foreach (var level in missing)
            System.IO.File.SetUnixFileMode(level, FolderMode);
    }

    /// <summary>Creates the folder if needed and checks it still leads where it did at start.</summary>
    /// <exception cref="IOException">The folder (or a parent) was replaced by a link to somewhere else.</exception>
    public void Prepare()
    {
        Create(_folder);
        var now = RealPath.Of(_folder);
        if (!RealPath.Comparer.Equals(now, _realFolder))
            throw new IOException($"The log folder {_folder} now leads to {now}, not {_realFolder} as when the sink started; LogKit does not write through a link that replaced its folder.");
    }

    /// <summary>True when <paramref name="path"/> is a symbolic link (to anything, or dangling).</summary>
    public static bool IsLink(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget != null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <exception cref="IOException"><paramref name="path"/> is a symbolic link.</exception>
    public static void RefuseLink(string path)
    {
        if (IsLink(path))
            throw new IOException($"{path} is a symbolic link; LogKit never writes through one (it could lead outside the log folder).");
    }
}
