using System.Buffers.Binary;

namespace LogKit.Elasticsearch.Buffer;

/// <summary>
/// The on-disk frame of one buffered batch: a 24-byte header (magic, payload length, event count,
/// oldest event time, CRC-32 of the payload) and the payload, the batch's <c>_bulk</c> lines as sent.
/// A dropped record keeps its length but its magic becomes <see cref="DroppedMagic"/>, so a restart
/// skips it without rewriting the file.
/// </summary>
internal readonly record struct BufferRecord(int Segment, long Offset, int PayloadLength, int Count, long OldestTicks, uint Crc, long Sequence)
{
    public const int HeaderSize = 24;
    public const uint LiveMagic = 0x3142_4B4C;    // "LKB1"
    public const uint DroppedMagic = 0x5844_4B4C; // "LKDX"

    public long Size => HeaderSize + PayloadLength;

    public long End => Offset + Size;

    public static void WriteHeader(Span<byte> header, int payloadLength, int count, long oldestTicks, uint crc)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(header, LiveMagic);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], payloadLength);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], count);
        BinaryPrimitives.WriteInt64LittleEndian(header[12..], oldestTicks);
        BinaryPrimitives.WriteUInt32LittleEndian(header[20..], crc);
    }

    /// <summary>Reads a header; false when the bytes are not one (a torn or damaged tail).</summary>
    public static bool TryReadHeader(ReadOnlySpan<byte> header, out uint magic, out int payloadLength, out int count, out long oldestTicks, out uint crc)
    {
        magic = BinaryPrimitives.ReadUInt32LittleEndian(header);
        payloadLength = BinaryPrimitives.ReadInt32LittleEndian(header[4..]);
        count = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        oldestTicks = BinaryPrimitives.ReadInt64LittleEndian(header[12..]);
        crc = BinaryPrimitives.ReadUInt32LittleEndian(header[20..]);
        return (magic is LiveMagic or DroppedMagic) && payloadLength >= 0 && count >= 0;
    }
}
