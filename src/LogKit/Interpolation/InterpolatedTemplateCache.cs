using System.Collections.Concurrent;
using System.Text;
using LogKit.Capturing;

namespace LogKit.Interpolation;

/// <summary>
/// Templates built from interpolated strings, found without building any text: a call site passes
/// the same literal, name and format string objects every time (they are compile-time constants),
/// so the parts' identities are the key. Only the first call at a call site builds the template text.
/// </summary>
internal static class InterpolatedTemplateCache
{
    const int MaxEntries = 4096;

    static readonly ConcurrentDictionary<int, Entry[]> s_entries = new();
    static int s_count;

    public static CachedTemplate Get(ReadOnlySpan<object?> parts, ReadOnlySpan<int> alignments, int hash)
    {
        if (s_entries.TryGetValue(hash, out var candidates))
        {
            foreach (var candidate in candidates)
            {
                if (candidate.Matches(parts, alignments))
                    return candidate.Template;
            }
        }

        var template = TemplateCache.Get(BuildText(parts, alignments));
        if (Volatile.Read(ref s_count) < MaxEntries)
        {
            var entry = new Entry(parts.ToArray(), alignments.ToArray(), template);
            s_entries.AddOrUpdate(hash, [entry], (_, existing) => [.. existing, entry]);
            Interlocked.Increment(ref s_count);
        }
        return template;
    }

    /// <summary>
    /// The message template: literals with braces doubled, each hole as <c>{Name,alignment:format}</c>.
    /// Parts come in threes per hole (literal before it, the hole's expression, its format), then the last
    /// literal. The name is the format's <c>@Name</c> (<c>"@Total:0.00"</c> names <c>Total</c> and keeps
    /// <c>0.00</c> as the format), or else derived from the expression.
    /// </summary>
    public static string BuildText(ReadOnlySpan<object?> parts, ReadOnlySpan<int> alignments)
    {
        var text = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            if (i % 3 == 0)
            {
                text.Append(((string?)parts[i] ?? "").Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));
                continue;
            }
            if (i % 3 == 1)
                continue;   // the expression: used with the format below

            var format = (string?)parts[i];
            string name;
            if (format is { Length: > 1 } && format[0] == '@')
            {
                var colon = format.IndexOf(':', StringComparison.Ordinal);
                name = colon < 0 ? format[1..] : format[1..colon];
                format = colon < 0 ? null : format[(colon + 1)..];
            }
            else
            {
                name = InterpolatedMessage.NameFromExpression((string)parts[i - 1]!, i / 3);
            }

            text.Append('{').Append(name);
            var alignment = alignments[i / 3];
            if (alignment != 0)
                text.Append(',').Append(alignment);
            if (format != null)
                text.Append(':').Append(format);
            text.Append('}');
        }
        return text.ToString();
    }

    sealed class Entry(object?[] parts, int[] alignments, CachedTemplate template)
    {
        public CachedTemplate Template { get; } = template;

        public bool Matches(ReadOnlySpan<object?> other, ReadOnlySpan<int> otherAlignments)
        {
            if (other.Length != parts.Length || !otherAlignments.SequenceEqual(alignments))
                return false;
            for (var i = 0; i < parts.Length; i++)
            {
                if (!ReferenceEquals(other[i], parts[i]))
                    return false;
            }
            return true;
        }
    }
}
