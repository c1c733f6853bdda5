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
    // Where members are encoded before they are copied out at their exact size: a short-lived scope (one
    // Microsoft.Extensions.Logging BeginScope per request) is encoded for one event, so the encoding itself
    // should allocate nothing but the result. Taken out of the slot while in use, as Utf8Buffer.Rent does.
    [ThreadStatic] static Utf8Buffer? t_scratch;

    // Members are short (a request id, a tenant); a buffer that grew for a large value goes back to the GC
    // instead of staying on the thread for its lifetime (Clear only trims on the next use, which may never come).
    const int MaxRetainedScratch = 16 * 1024;

    public static ReadOnlySpan<byte> For(CapturedProperty property)
    {
        if (Volatile.Read(ref property.FormatterCache) is byte[] member)
            return member;
        var buffer = t_scratch ?? new Utf8Buffer(256);
        t_scratch = null;
        try
        {
            buffer.Clear();
            buffer.WriteByte((byte)',');
            JsonUtf8.WriteQuotedString(buffer, ClefNames.Escape(property.Name));
            buffer.WriteByte((byte)':');
            JsonValueWriter.Write(buffer, property.Value);
            member = buffer.ToArray();
        }
        finally
        {
            if (buffer.Capacity <= MaxRetainedScratch)
                t_scratch = buffer;
        }
        Volatile.Write(ref property.FormatterCache, member);
        return member;
    }
}
