using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using LogKit.Capturing;

namespace LogKit.Interpolation;

/// <summary>
/// Templates built from interpolated strings, found without building any text: a call site passes
/// the same literal, expression and format string objects every time (they are compile-time
/// constants), so the parts' identities are the key. Only the first call at a call site builds the
/// template text; every later one compares references.
/// </summary>
internal static class InterpolatedTemplateCache
{
    const int MaxEntries = 4096;

    static readonly ConcurrentDictionary<int, Entry[]> s_entries = new();
    static readonly SearchValues<char> s_nameChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
    static int s_count;

    public static CachedTemplate Get(ReadOnlySpan<object?> parts, ReadOnlySpan<byte> kinds, ReadOnlySpan<int> alignments, int hash)
    {
        if (s_entries.TryGetValue(hash, out var candidates))
        {
            foreach (var candidate in candidates)
            {
                if (candidate.Matches(parts, kinds, alignments))
                    return candidate.Template;
            }
        }

        var template = TemplateCache.Get(BuildText(parts, kinds, alignments));
        if (Volatile.Read(ref s_count) < MaxEntries)
        {
            var entry = new Entry(parts.ToArray(), kinds.ToArray(), alignments.ToArray(), template);
            s_entries.AddOrUpdate(hash, [entry], (_, existing) => [.. existing, entry]);
            Interlocked.Increment(ref s_count);
        }
        return template;
    }

    /// <summary>
    /// The message template: literals with braces doubled, each hole as <c>{Name,alignment:format}</c>.
    /// The name is the format's <c>@Name</c> (<c>"@Total:0.00"</c> names <c>Total</c> and keeps <c>0.00</c>;
    /// <c>"@@Order"</c> names <c>Order</c> and destructures it), or else comes from the expression. Two
    /// different expressions never share a name: the second gets a suffix (<c>Name_1</c>).
    /// </summary>
    public static string BuildText(ReadOnlySpan<object?> parts, ReadOnlySpan<byte> kinds, ReadOnlySpan<int> alignments)
    {
        var text = new StringBuilder();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);   // name -> the expression that has it
        var hole = 0;
        string? expression = null;
        for (var i = 0; i < parts.Length; i++)
        {
            switch (kinds[i])
            {
                case InterpolatedMessage.Literal:
                    text.Append(((string?)parts[i] ?? "").Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));
                    break;
                case InterpolatedMessage.Expression:
                    expression = (string?)parts[i] ?? "";
                    break;
                default:
                    var (name, format) = NameAndFormat((string?)parts[i], expression ?? "", hole);
                    name = Unique(names, name, expression ?? "");
                    text.Append('{').Append(name);
                    if (alignments[hole] != 0)
                        text.Append(',').Append(alignments[hole].ToString(CultureInfo.InvariantCulture));
                    if (format != null)
                        text.Append(':').Append(format);
                    text.Append('}');
                    hole++;
                    break;
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// The property name (with a leading <c>@</c> or <c>$</c> hint kept) and the format of a hole.
    /// An <c>@Name</c> that is not a valid name is ignored and the expression names the property.
    /// </summary>
    static (string Name, string? Format) NameAndFormat(string? format, string expression, int position)
    {
        if (format is not { Length: > 0 } || format[0] != '@')
            return (NameFromExpression(expression, position), format);

        var colon = format.IndexOf(':', StringComparison.Ordinal);
        var named = colon < 0 ? format[1..] : format[1..colon];
        var rest = colon < 0 ? null : format[(colon + 1)..];
        var hint = named.Length > 0 && named[0] is '@' or '$' ? named[..1] : "";
        return IsName(named[hint.Length..])
            ? (named, rest)
            : (hint + NameFromExpression(expression, position), rest);
    }

    /// <summary>
    /// A property name from the hole's expression: an identifier as it is (<c>userId</c>), the last
    /// member of a member access (<c>order.Id</c> gives <c>Id</c>), and for anything else, a position.
    /// </summary>
    public static string NameFromExpression(string expression, int position)
    {
        var last = expression[(expression.LastIndexOf('.') + 1)..].Trim();
        return IsName(last) ? last : "Arg" + position.ToString(CultureInfo.InvariantCulture);
    }

    static bool IsName(string name)
        => name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && !name.AsSpan().ContainsAnyExcept(s_nameChars);

    static string Unique(Dictionary<string, string> names, string name, string expression)
    {
        var candidate = name;
        for (var n = 1; names.TryGetValue(candidate.TrimStart('@', '$'), out var owner) && owner != expression; n++)
            candidate = name + "_" + n.ToString(CultureInfo.InvariantCulture);
        names[candidate.TrimStart('@', '$')] = expression;
        return candidate;
    }

    sealed class Entry(object?[] parts, byte[] kinds, int[] alignments, CachedTemplate template)
    {
        public CachedTemplate Template { get; } = template;

        public bool Matches(ReadOnlySpan<object?> otherParts, ReadOnlySpan<byte> otherKinds, ReadOnlySpan<int> otherAlignments)
        {
            if (otherParts.Length != parts.Length || !otherKinds.SequenceEqual(kinds) || !otherAlignments.SequenceEqual(alignments))
                return false;
            for (var i = 0; i < parts.Length; i++)
            {
                if (!ReferenceEquals(otherParts[i], parts[i]))
                    return false;
            }
            return true;
        }
    }
}
