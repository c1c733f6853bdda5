namespace LogKit.Cli.Reading;

/// <summary>Limits for reading files.</summary>
public sealed class ReadOptions
{
    /// <summary>The default <see cref="MaxLineBytes"/>: 16 MB.</summary>
    public const int DefaultMaxLineBytes = 16 * 1024 * 1024;

    /// <summary>
    /// A longer line is reported and skipped as it streams past, so memory stays bounded by this size.
    /// Default <see cref="DefaultMaxLineBytes"/>; at least 1 KB.
    /// </summary>
    public int MaxLineBytes
    {
        get;
        set
        {
            if (value < 1024)
                throw new ArgumentOutOfRangeException(nameof(MaxLineBytes), value, "MaxLineBytes must be at least 1024.");
            field = value;
        }
    } = DefaultMaxLineBytes;

    /// <summary>
    /// When the first this many non-empty lines of a file are all invalid, the file is reported as not CLEF
    /// and the rest of it skipped. Default 5.
    /// </summary>
    public int NotClefAfterLines
    {
        get;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(NotClefAfterLines));
            field = value;
        }
    } = 5;

    /// <summary>Opens standard input, for the path <c>-</c>. Default <see cref="Console.OpenStandardInput()"/>.</summary>
    public Func<Stream> OpenStandardInput
    {
        get;
        set => field = value ?? throw new ArgumentNullException(nameof(OpenStandardInput));
    } = Console.OpenStandardInput;
}
