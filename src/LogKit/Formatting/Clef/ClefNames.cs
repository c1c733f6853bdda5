using LogKit.Formatting.Json;

namespace LogKit.Formatting.Clef;

/// <summary>CLEF property-name encoding: a leading '@' is doubled so it cannot clash with a reified field.</summary>
internal static class ClefNames
{
    public static string Escape(string name) => name.Length > 0 && name[0] == '@' ? "@" + name : name;

    /// <summary><c>,"Name":</c> as UTF-8.</summary>
    public static byte[] Member(string name)
    {
        var buffer = new Utf8Buffer(name.Length + 8);
        buffer.WriteByte((byte)',');
        JsonUtf8.WriteQuotedString(buffer, Escape(name));
        buffer.WriteByte((byte)':');
        return buffer.ToArray();
    }
}
