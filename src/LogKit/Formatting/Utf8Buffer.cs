using System.Buffers;
using System.Runtime.CompilerServices;

namespace LogKit.Formatting;

/// <summary>
/// A growable byte buffer that formatters write UTF-8 into. One instance per thread is reused
/// for every event, so formatting allocates nothing once the buffer has grown to fit.
/// </summary>
internal sealed class Utf8Buffer : IBufferWriter<byte>
{
    // A buffer that grew for one huge event is not kept for ever.
    const int MaxRetainedCapacity = 1024 * 1024;

    [ThreadStatic] static Utf8Buffer? t_cached;

    byte[] _buffer;
    int _length;

    public Utf8Buffer(int initialCapacity = 1024) => _buffer = new byte[initialCapacity];

    /// <summary>
    /// The calling thread's reusable buffer, emptied. It is taken out of the thread's slot until
    /// <see cref="Return"/>, so code that logs while an event is being formatted (a <c>ToString</c>
    /// that logs) gets a buffer of its own instead of overwriting this one.
    /// </summary>
    public static Utf8Buffer Rent()
    {
        var buffer = t_cached ?? new Utf8Buffer(4096);
        t_cached = null;
        buffer.Clear();
        return buffer;
    }

    /// <summary>
    /// Gives a rented buffer back to the calling thread; one that a huge event grew past the retained size is
    /// dropped now, not at the thread's next event (which may never come), so an idle thread holds at most 1 MB.
    /// </summary>
    public static void Return(Utf8Buffer buffer)
    {
        if (buffer._buffer.Length <= MaxRetainedCapacity)
            t_cached = buffer;
    }

    public int Length => _length;

    /// <summary>The bytes the buffer holds before it grows.</summary>
    public int Capacity => _buffer.Length;

    public ReadOnlySpan<byte> WrittenSpan => new(_buffer, 0, _length);

    public void Clear()
    {
        _length = 0;
        if (_buffer.Length > MaxRetainedCapacity)
            _buffer = new byte[4096];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        if (_buffer.Length - _length < sizeHint || sizeHint == 0 && _length == _buffer.Length)
            Grow(Math.Max(sizeHint, 1));
        return new Span<byte>(_buffer, _length, _buffer.Length - _length);
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        GetSpan(sizeHint);
        return new Memory<byte>(_buffer, _length, _buffer.Length - _length);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Advance(int count) => _length += count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (_buffer.Length - _length < bytes.Length)
            Grow(bytes.Length);
        bytes.CopyTo(new Span<byte>(_buffer, _length, bytes.Length));
        _length += bytes.Length;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void WriteByte(byte value)
    {
        if (_length == _buffer.Length)
            Grow(1);
        _buffer[_length++] = value;
    }

    public byte[] ToArray() => WrittenSpan.ToArray();

    [MethodImpl(MethodImplOptions.NoInlining)]
    void Grow(int needed)
    {
        var size = Math.Max(_buffer.Length * 2, _length + needed);
        if ((uint)size > (uint)Array.MaxLength)
            size = Math.Max(_length + needed, Array.MaxLength);
        Array.Resize(ref _buffer, size);
    }
}
