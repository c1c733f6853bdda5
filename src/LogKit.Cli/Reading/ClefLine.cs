namespace LogKit.Cli.Reading;

/// <summary>One raw line of a log file, as its bytes; valid only until the reader moves on (copy it to keep it).</summary>
/// <param name="File">The file it was read from.</param>
/// <param name="LineNumber">Its 1-based line number in the (decompressed) file.</param>
/// <param name="Bytes">The line's UTF-8 bytes, without the line ending.</param>
public readonly record struct ClefLine(LogFile File, long LineNumber, ReadOnlyMemory<byte> Bytes)
{
    /// <summary>True when the line has the shape of a JSON object (<c>{</c> ... <c>}</c>, whitespace aside); the cheap check every line gets.</summary>
    public bool LooksLikeObject => HasObjectShape(Bytes.Span);

    internal static bool HasObjectShape(ReadOnlySpan<byte> line)
    {
        line = line.Trim(" \t\r"u8);
        return line.Length >= 2 && line[0] == (byte)'{' && line[^1] == (byte)'}';
    }
}
