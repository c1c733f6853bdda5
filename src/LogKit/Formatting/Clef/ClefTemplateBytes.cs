using LogKit.Capturing;
using LogKit.Formatting.Json;

namespace LogKit.Formatting.Clef;

/// <summary>
/// A template's CLEF bytes, encoded once per <see cref="CachedTemplate"/>: the <c>,"@mt":"..."</c>
/// member and each property's <c>,"Name":</c>, so writing an event copies bytes instead of encoding
/// strings. Kept in the template's <see cref="CachedTemplate.FormatterCache"/> slot: Capturing does not
/// know about CLEF.
/// </summary>
internal sealed class ClefTemplateBytes
{
    ClefTemplateBytes(CachedTemplate template)
    {
        var mt = new Utf8Buffer(template.Text.Length + 16);
        mt.Write(",\"@mt\":"u8);
        JsonUtf8.WriteQuotedString(mt, template.Text);
        TemplateMember = mt.ToArray();
        PropertyNames = template.Properties.Select(p => ClefNames.Member(p.PropertyName)).ToArray();
    }

    /// <summary><c>,"@mt":"..."</c> as UTF-8.</summary>
    public byte[] TemplateMember { get; }

    /// <summary><c>,"Name":</c> as UTF-8, per property token.</summary>
    public byte[][] PropertyNames { get; }

    public static ClefTemplateBytes For(CachedTemplate template)
    {
        if (Volatile.Read(ref template.FormatterCache) is ClefTemplateBytes bytes)
            return bytes;
        // A race encodes twice and keeps one: both are equal.
        bytes = new ClefTemplateBytes(template);
        Volatile.Write(ref template.FormatterCache, bytes);
        return bytes;
    }
}
