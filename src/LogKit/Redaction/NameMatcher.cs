namespace LogKit.Redaction;

/// <summary>
/// Decides whether a property name is on the redaction list. The rule, in one sentence: a name matches
/// an entry when, with everything but letters and digits removed and compared case-insensitively, it
/// ends with the entry (so <c>userPassword</c>, <c>X-Api-Key</c>, <c>DB_PWD</c> and <c>refreshToken</c>
/// match, <c>TokenCount</c>, <c>PasswordHint</c> and <c>Tokens</c> do not). Names are walked backwards
/// through a trie of the reversed entries, so a name that cannot match costs a character or two.
/// </summary>
internal sealed class NameMatcher
{
    readonly Node _root = new();

    public NameMatcher(IEnumerable<string> entries)
    {
        foreach (var entry in entries)
        {
            var node = _root;
            var normalized = Normalize(entry);
            for (var i = normalized.Length - 1; i >= 0; i--)
                node = node.Child(normalized[i], create: true)!;
            node.Terminal = true;
        }
    }

    /// <summary>The entry as it is compared: lower-case letters and digits only.</summary>
    public static string Normalize(string entry)
    {
        Span<char> buffer = entry.Length <= 256 ? stackalloc char[entry.Length] : new char[entry.Length];
        var length = 0;
        foreach (var c in entry)
        {
            if (char.IsLetterOrDigit(c))
                buffer[length++] = char.ToLowerInvariant(c);
        }
        return new string(buffer[..length]);
    }

    public bool Matches(ReadOnlySpan<char> name)
    {
        var node = _root;
        for (var i = name.Length - 1; i >= 0; i--)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
                continue;
            node = node.Child(char.ToLowerInvariant(c), create: false);
            if (node is null)
                return false;
            if (node.Terminal)
                return true;
        }
        return false;
    }

    sealed class Node
    {
        char[] _keys = [];
        Node[] _children = [];

        public bool Terminal;

        public Node? Child(char key, bool create)
        {
            var keys = _keys;
            for (var i = 0; i < keys.Length; i++)
            {
                if (keys[i] == key)
                    return _children[i];
            }
            if (!create)
                return null;
            var child = new Node();
            _keys = [.. keys, key];
            _children = [.. _children, child];
            return child;
        }
    }
}
