namespace LogKit.Cli.Reading;

/// <summary>One file of a log as found on disk: a plain CLEF file, a <c>.gz</c> archive, or standard input.</summary>
/// <param name="Path">The full path, or <see cref="StandardInputPath"/> for standard input.</param>
/// <param name="IsArchive">True for a gzip archive (read through decompression).</param>
/// <param name="Length">The size on disk when the file was listed (compressed size for archives); 0 for standard input.</param>
public sealed record LogFile(string Path, bool IsArchive, long Length)
{
    /// <summary>The path that stands for standard input: <c>-</c>.</summary>
    public const string StandardInputPath = "-";

    /// <summary>True when this file is standard input.</summary>
    public bool IsStandardInput => Path == StandardInputPath;

    /// <summary>Describes a file on disk, reading its current size.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The file, with <see cref="IsArchive"/> set from its <c>.gz</c> extension.</returns>
    public static LogFile FromPath(string path)
    {
        if (path == StandardInputPath)
            return new LogFile(path, false, 0);
        var full = System.IO.Path.GetFullPath(path);
        long length;
        try
        {
            length = new FileInfo(full).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            length = 0;
        }
        return new LogFile(full, full.EndsWith(".gz", StringComparison.OrdinalIgnoreCase), length);
    }

    /// <inheritdoc />
    public override string ToString() => Path;
}
