namespace LogKit.Cli.Reading;

/// <summary>What <see cref="LineBuffer.TryTake"/> found.</summary>
internal enum LineResult
{
    /// <summary>No whole line is buffered: fill again.</summary>
    NeedMore,
    /// <summary>A line (without its newline and trailing carriage return).</summary>
    Line,
    /// <summary>A line longer than the limit ended; its bytes were discarded as they arrived.</summary>
    TooLong,
}

/// <summary>
/// Splits a stream into lines in one reusable buffer, growing it only up to the line limit: a longer
/// line is dropped as it streams through, so memory stays bounded whatever the input.
/// </summary>
internal sealed class LineBuffer(int maxLineBytes)
{
    const int InitialSize = 256 * 1024;

    byte[] _buffer = new byte[Math.Min(InitialSize, maxLineBytes + 1)];
    int _start;
    int _end;
    int _scanned;     // bytes after _start already searched for a newline
    bool _skipping;   // inside a line that is too long

    /// <summary>True when bytes of an unfinished line are held (or being skipped).</summary>
    public bool HasPartial => _end > _start || _skipping;

    /// <summary>Reads once from <paramref name="stream"/>; returns the bytes read (0 at its end).</summary>
    public int Fill(Stream stream) => Fill(stream, out _);

    /// <summary>Reads once from <paramref name="stream"/>; <paramref name="filled"/> is what was read (valid until the next call).</summary>
    public int Fill(Stream stream, out ReadOnlySpan<byte> filled)
    {
        MakeRoom();
        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        filled = _buffer.AsSpan(_end, read);
        _end += read;
        return read;
    }

    /// <summary>Appends bytes (for callers that read themselves).</summary>
    public void Append(ReadOnlySpan<byte> bytes)
    {
        while (bytes.Length > 0)
        {
            MakeRoom();
            var n = Math.Min(bytes.Length, _buffer.Length - _end);
            bytes[..n].CopyTo(_buffer.AsSpan(_end));
            _end += n;
            bytes = bytes[n..];
        }
    }

    /// <summary>Takes the next whole line; the memory is valid until the next call on this buffer.</summary>
    public LineResult TryTake(out ReadOnlyMemory<byte> line)
    {
        var newline = _buffer.AsSpan(_start + _scanned, _end - _start - _scanned).IndexOf((byte)'\n');
        if (newline < 0)
        {
            _scanned = _end - _start;
            line = default;
            return LineResult.NeedMore;
        }

        var length = _scanned + newline;
        var lineStart = _start;
        _start += length + 1;
        _scanned = 0;
        if (_skipping)
        {
            _skipping = false;
            line = default;
            return LineResult.TooLong;
        }
        if (length > 0 && _buffer[lineStart + length - 1] == (byte)'\r')
            length--;
        line = _buffer.AsMemory(lineStart, length);
        return LineResult.Line;
    }

    /// <summary>At the end of input: the unterminated last line, if any.</summary>
    public LineResult TakeRest(out ReadOnlyMemory<byte> line)
    {
        line = default;
        if (_skipping)
        {
            _skipping = false;
            _start = _end = _scanned = 0;
            return LineResult.TooLong;
        }
        if (_end == _start)
            return LineResult.NeedMore;
        line = _buffer.AsMemory(_start, _end - _start);
        _start = _end = _scanned = 0;
        return LineResult.Line;
    }

    /// <summary>Forgets everything buffered.</summary>
    public void Clear()
    {
        _start = _end = _scanned = 0;
        _skipping = false;
    }

    void MakeRoom()
    {
        if (_end < _buffer.Length)
            return;
        if (_start > 0)
        {
            // Move the unfinished line to the front.
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
            if (_end < _buffer.Length)
                return;
        }
        if (_buffer.Length <= maxLineBytes)
        {
            Array.Resize(ref _buffer, (int)Math.Min((long)_buffer.Length * 2, maxLineBytes + 1L));
            return;
        }
        // The buffer holds more than a whole line may: drop it and skip to the next newline.
        _skipping = true;
        _start = _end = _scanned = 0;
    }
}
