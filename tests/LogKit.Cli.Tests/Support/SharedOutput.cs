using System.Text;

namespace LogKit.Cli.Tests.Support;

/// <summary>A stream the tool writes to on one thread while the test reads what arrived so far on another.</summary>
public sealed class SharedOutput : Stream
{
    readonly MemoryStream _bytes = new();
    readonly Lock _lock = new();

    public string Text()
    {
        lock (_lock)
            return Encoding.UTF8.GetString(_bytes.ToArray());
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        lock (_lock)
            _bytes.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        lock (_lock)
            _bytes.Write(buffer);
    }

    public override void Flush()
    {
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
