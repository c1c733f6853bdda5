using System.Buffers.Text;

namespace LogKit.Elasticsearch.Documents;

/// <summary>
/// Document ids: a version 7 UUID (time-ordered, so Elasticsearch indexes them like its own ids) in
/// URL-safe base64, 22 characters.
/// </summary>
internal static class EventIds
{
    public static string New(DateTimeOffset timestamp)
    {
        Span<byte> bytes = stackalloc byte[16];
        Guid.CreateVersion7(timestamp).TryWriteBytes(bytes, bigEndian: true, out _);
        return Base64Url.EncodeToString(bytes);
    }
}
