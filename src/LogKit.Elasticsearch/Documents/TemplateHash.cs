namespace LogKit.Elasticsearch.Documents;

/// <summary>
/// A stable 32-bit hash of a message template (Jenkins one-at-a-time over its UTF-16 code units, the
/// function Serilog's compact JSON uses for <c>@i</c>), as eight lower-case hex digits: the same
/// template always gives the same <c>logkit.template_hash</c>, in every process and version.
/// </summary>
internal static class TemplateHash
{
    public static uint Compute(string template)
    {
        unchecked
        {
            uint hash = 0;
            foreach (var c in template)
            {
                hash += c;
                hash += hash << 10;
                hash ^= hash >> 6;
            }
            hash += hash << 3;
            hash ^= hash >> 11;
            hash += hash << 15;
            return hash;
        }
    }

    public static string ToHex(string template) => Compute(template).ToString("x8");
}
