using System.Buffers;

namespace LogKit.Cli.Serve.Index;

/// <summary>Receives one complete line (without its newline) and the byte offset where it starts.</summary>
internal delegate void LineHandler(long offset, ReadOnlySpan<byte> line);

/// <summary>
/// Splits a stream into complete lines with their byte offsets. A last line without its newline is not
/// handed on: it may be an event still being written, and is read once its newline arrives.
/// </summary>
internal static class LineReader
{
    /// <summary>Lines longer than this are reported and skipped instead of being held in memory.</summary>
    public const int MaxLineBytes = 64 * 1024 * 1024;

    /// <summary>Reads lines from <paramref name="stream"/>, positioned at <paramref name="start"/>, up to <paramref name="end"/>.</summary>
    /// <returns>The offset just past the last complete line read.</returns>
    public static long Read(Stream stream, long start, long end, LineHandler handler, Action<long>? tooLong = null)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(256 * 1024);
        try
        {
            var position = start;     // offset of buffer[0]
            var filled = 0;
            var skipping = false;     // inside a line longer than MaxLineBytes
            var skipStart = 0L;
            while (position + filled < end)
            {
                if (filled == buffer.Length)
                {
                    if (buffer.Length >= MaxLineBytes)
                    {
                        // Drop what we have of the overlong line and skip to its end.
                        if (!skipping)
                        {
                            skipping = true;
                            skipStart = position;
                        }
                        position += filled;
                        filled = 0;
                    }
                    else
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, MaxLineBytes));
                        buffer.AsSpan(0, filled).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                }

                var want = (int)Math.Min(buffer.Length - filled, end - position - filled);
                var read = stream.Read(buffer, filled, want);
                if (read == 0)
                    break;
                var scanFrom = filled;
                filled += read;

                var lineStart = 0;
                var newline = buffer.AsSpan(scanFrom, filled - scanFrom).IndexOf((byte)'\n');
                var at = newline < 0 ? -1 : scanFrom + newline;
                while (at >= 0)
                {
                    if (skipping)
                    {
                        tooLong?.Invoke(skipStart);
                        skipping = false;
                    }
                    else
                    {
                        var lineEnd = at > lineStart && buffer[at - 1] == (byte)'\r' ? at - 1 : at;
                        handler(position + lineStart, buffer.AsSpan(lineStart, lineEnd - lineStart));
                    }
                    lineStart = at + 1;
                    var next = buffer.AsSpan(lineStart, filled - lineStart).IndexOf((byte)'\n');
                    at = next < 0 ? -1 : lineStart + next;
                }

                if (lineStart > 0)
                {
                    buffer.AsSpan(lineStart, filled - lineStart).CopyTo(buffer);
                    position += lineStart;
                    filled -= lineStart;
                }
            }
            return skipping ? skipStart : position;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
