using LogKit.Capturing;
using LogKit.Formatting.Json;

namespace LogKit.Formatting.Clef;

/// <summary>
/// A captured property's CLEF member (<c>,"Name":value</c>), encoded on first use and kept in the
/// property's <see cref="CapturedProperty.FormatterCache"/> slot, so a context or bound property is
/// encoded once however many events carry it.
/// </summary>
internal static class ClefPropertyBytes
{
    public static ReadOnlySpan<byte> For(CapturedProperty property)
    {
        if (Volatile.Read(ref property.FormatterCache) is byte[] member)
            return member;
        var buffer = new Utf8Buffer(64);
        buffer.Write(ClefNames.Member(property.Name));
        JsonValueWriter.Write(buffer, property.Value);
        member = buffer.ToArray();
        Volatile.Write(ref property.FormatterCache, member);
        return member;
    }
}
