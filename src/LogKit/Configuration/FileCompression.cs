namespace LogKit;

/// <summary>How rolled log files are stored.</summary>
public enum FileCompression
{
    /// <summary>Rolled files stay as they are. The default.</summary>
    None,

    /// <summary>
    /// Each rolled file becomes <c>name.gz</c>, compressed off the write path; the original is deleted
    /// only once the archive is complete.
    /// </summary>
    GZip,
}
