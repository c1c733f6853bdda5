using System.Buffers;

namespace LogKit.Elasticsearch.Documents;

/// <summary>
/// A growable byte buffer on <see cref="ArrayPool{T}.Shared"/>: documents are written straight into
/// it as UTF-8, and its array is returned to the pool when the batch is done.
/// </summary>
internal sealed class PooledBufferWriter(int initialCapacity = 64 * 1024) : IBufferWriter<byte>, IDisposable
{
    byte[] _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);
    int _written;

    public int WrittenCount => _written;

    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _written);

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

    /// <summary>The underlying array; slices of it stay valid until the writer grows or is disposed.</summary>
    public byte[] Array => _buffer;

    public void Advance(int count) => _written += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_written);
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(GetSpan(bytes.Length));
        _written += bytes.Length;
    }

    public void Clear() => _written = 0;

    void Ensure(int sizeHint)
    {
        if (sizeHint < 1)
            sizeHint = 256;
        if (_buffer.Length - _written >= sizeHint)
            return;
        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _written + sizeHint));
        _buffer.AsSpan(0, _written).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0)
            ArrayPool<byte>.Shared.Return(buffer);
        _written = 0;
    }
}
