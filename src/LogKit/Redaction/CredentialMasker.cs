using System.Buffers;

namespace LogKit.Redaction;

/// <summary>
/// Masks credentials inside text: the password of a URI's user-info (<c>https://user:***@host</c>) or a
/// token-shaped user name (<c>https://***@github.com</c>), the value of a <c>key=value</c> pair, a JSON
/// <c>"key": value</c> member or a header line <c>Key: value</c> whose key is a redacted name or a
/// connection-string secret (<c>Password=***;</c>, <c>AccountKey=***</c>, <c>?access_token=***&amp;</c>,
/// <c>X-Api-Key: ***</c>), and a token-shaped credential after <c>Bearer</c> or <c>Basic</c>. Text with none of <c>=</c>,
/// <c>:</c> and those two words is returned as it is after one vectorised search; masking allocates only
/// when something is masked.
/// </summary>
internal sealed class CredentialMasker
{
    public const string Mask = "***";

    // Keys whose value is a secret in connection strings and signed URLs, whatever the name list says.
    public static readonly string[] ConnectionStringKeys = ["password", "pwd", "accountkey", "sharedaccesssignature", "sharedaccesskey", "sig"];

    static readonly SearchValues<string> s_schemes = SearchValues.Create(["bearer ", "basic "], StringComparison.OrdinalIgnoreCase);

    readonly NameMatcher _keys;

    public CredentialMasker(NameMatcher keys) => _keys = keys;

    /// <summary>True when <paramref name="text"/> holds a character or word that a rule starts from (cheap).</summary>
    public static bool MayContainCredential(ReadOnlySpan<char> text)
    {
        // Every rule starts at '=' (key=value), ':' (a URI, a JSON member) or the space after "Bearer" or
        // "Basic": one vectorised search for the three characters, and a look back at each space.
        while (true)
        {
            var found = text.IndexOfAny('=', ':', ' ');
            if (found < 0)
                return false;
            if (text[found] != ' ')
                return true;
            var before = text[..found];
            if (before.EndsWith("bearer", StringComparison.OrdinalIgnoreCase) || before.EndsWith("basic", StringComparison.OrdinalIgnoreCase))
                return true;
            text = text[(found + 1)..];
        }
    }

    /// <summary>The text with every credential masked; the same instance when there is none.</summary>
    public string MaskCredentials(string text)
    {
        var pairValue = PairValueStart(text);
        if (pairValue < 0 && !MayContainCredential(text))
            return text;
        var ranges = new Ranges();
        if (pairValue > 0)
            Add(text, ref ranges, pairValue, text.Length - 1);
        FindKeyValues(text, ref ranges);
        FindUserInfo(text, ref ranges);
        FindJsonMembers(text, ref ranges);
        FindHeaders(text, ref ranges);
        FindSchemes(text, ref ranges);
        return ranges.Count == 0 ? text : Apply(text, ref ranges);
    }

    /// <summary>
    /// Where the value starts in <c>"[key, value]"</c> whose key is listed, or -1. That is a key/value pair's
    /// <c>ToString()</c>, which Serilog writes for each entry of a dictionary other than <c>Dictionary&lt;,&gt;</c>
    /// captured without <c>@</c> (a ConcurrentDictionary, an ExpandoObject, a Hashtable); two comparisons otherwise.
    /// </summary>
    int PairValueStart(string text)
    {
        if (text.Length < 5 || text[0] != '[' || text[^1] != ']')
            return -1;
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        return comma > 1 && _keys.Matches(text.AsSpan(1, comma - 1)) ? comma + 2 : -1;
    }

    void FindKeyValues(string text, ref Ranges ranges)
    {
        for (var i = text.IndexOf('='); i >= 0 && i < text.Length; i = text.IndexOf('=', i + 1))
        {
            var keyEnd = i;
            while (keyEnd > 0 && text[keyEnd - 1] == ' ')
                keyEnd--;
            var keyStart = keyEnd;
            while (keyStart > 0 && IsKeyChar(text[keyStart - 1]))
                keyStart--;
            if (keyStart == keyEnd || !_keys.Matches(text.AsSpan(keyStart, keyEnd - keyStart)))
                continue;

            var start = i + 1;
            while (start < text.Length && text[start] == ' ')
                start++;
            int end;
            if (start < text.Length && text[start] is '"' or '\'')
            {
                var quote = text[start++];
                end = text.IndexOf(quote, start);
                if (end < 0)
                    end = text.Length;
            }
            else
            {
                end = start;
                while (end < text.Length && !IsValueEnd(text[end]))
                    end++;
                if (end < text.Length && text[end] == ' ')
                    end = ConnectionStringValueEnd(text, keyStart, end);
            }
            if (end > start)
                Add(text, ref ranges, start, end);
            i = Math.Max(i, end - 1);
        }
    }

    /// <summary>
    /// A connection string's value may hold spaces unquoted (<c>Password=correct horse battery;</c>): a value
    /// that stopped at a space runs on to the <c>;</c> that ends it when no other pair starts before, or to
    /// the end of the text when its key follows a <c>;</c> and nothing else does.
    /// </summary>
    static int ConnectionStringValueEnd(string text, int keyStart, int space)
    {
        var next = text.AsSpan(space).IndexOfAny(s_valueOrPairEnds);
        if (next >= 0)
            return text[space + next] == ';' ? space + next : space;
        var before = keyStart;
        while (before > 0 && text[before - 1] == ' ')
            before--;
        return before > 0 && text[before - 1] == ';' ? text.Length : space;
    }

    static readonly SearchValues<char> s_valueOrPairEnds = SearchValues.Create(";=&\"'\r\n");

    static void FindUserInfo(string text, ref Ranges ranges)
    {
        for (var i = text.IndexOf("://", StringComparison.Ordinal); i >= 0; i = text.IndexOf("://", i + 3, StringComparison.Ordinal))
        {
            var start = i + 3;
            var end = start;
            while (end < text.Length && text[end] is not ('/' or '?' or '#' or '"' or '\'' or '<' or '>') && !char.IsWhiteSpace(text[end]))
                end++;
            var at = text.LastIndexOf('@', end - 1, end - start);
            if (at < 0)
                continue;
            var colon = text.IndexOf(':', start, at - start);
            if (colon >= 0 && colon + 1 < at)
                Add(text, ref ranges, colon + 1, at);
            else if (colon < 0 && LooksLikeToken(text.AsSpan(start, at - start)))
                Add(text, ref ranges, start, at);   // a token as the user name (https://ghp_…@github.com)
        }
    }

    /// <summary>A user name that is a credential: 16 or more token characters with both letters and digits (a plain name is shorter or wordy).</summary>
    static bool LooksLikeToken(ReadOnlySpan<char> userInfo)
        => userInfo.Length >= 16 && !userInfo.ContainsAnyExcept(s_tokenChars)
           && userInfo.ContainsAnyInRange('0', '9') && (userInfo.ContainsAnyInRange('a', 'z') || userInfo.ContainsAnyInRange('A', 'Z'));

    static readonly SearchValues<char> s_tokenChars = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+/=%");

    /// <summary>
    /// A header or a YAML-style line whose unquoted key is listed (<c>X-Api-Key: abc</c>, <c>Cookie: sid=…; theme=…</c>,
    /// <c>password: hunter2</c>): the value is masked to the end of its line, since a header's value is all of it.
    /// A value that starts with <c>Bearer</c> or <c>Basic</c> is left to that rule, which keeps the scheme visible.
    /// </summary>
    void FindHeaders(string text, ref Ranges ranges)
    {
        for (var i = text.IndexOf(':'); i >= 0 && i < text.Length; i = text.IndexOf(':', i + 1))
        {
            if (i + 1 < text.Length && text[i + 1] == '/')
                continue;   // a URI's scheme
            var keyStart = i;
            while (keyStart > 0 && IsKeyChar(text[keyStart - 1]))
                keyStart--;
            // A quoted key is a JSON member (its own rule); an empty one is not a header.
            if (keyStart == i || keyStart > 0 && text[keyStart - 1] is '"' or '\'' || !_keys.Matches(text.AsSpan(keyStart, i - keyStart)))
                continue;
            var start = i + 1;
            while (start < text.Length && text[start] is ' ' or '\t')
                start++;
            var value = text.AsSpan(start);
            if (value.StartsWith("bearer ", StringComparison.OrdinalIgnoreCase) || value.StartsWith("basic ", StringComparison.OrdinalIgnoreCase))
                continue;
            var end = value.IndexOfAny('\r', '\n');
            end = end < 0 ? text.Length : start + end;
            if (end > start)
                Add(text, ref ranges, start, end);
            // Go on after the value, so that a long line of "key:key:key:" is scanned once.
            i = Math.Max(i, end - 1);
        }
    }

    void FindJsonMembers(string text, ref Ranges ranges)
    {
        for (var i = text.IndexOf("\":", StringComparison.Ordinal); i >= 0; i = text.IndexOf("\":", i + 2, StringComparison.Ordinal))
        {
            var keyStart = text.LastIndexOf('"', Math.Max(i - 1, 0));
            if (keyStart < 0 || keyStart == i || !_keys.Matches(text.AsSpan(keyStart + 1, i - keyStart - 1)))
                continue;
            var start = i + 2;
            while (start < text.Length && text[start] == ' ')
                start++;
            int end;
            if (start < text.Length && text[start] == '"')
            {
                end = ++start;
                while (end < text.Length && text[end] != '"')
                    end += text[end] == '\\' ? 2 : 1;
                end = Math.Min(end, text.Length);
            }
            else
            {
                end = start;
                while (end < text.Length && text[end] is not (',' or '}' or ']') && !char.IsWhiteSpace(text[end]))
                    end++;
            }
            if (end > start)
                Add(text, ref ranges, start, end);
            // Go on after the value: a value that runs on ("pwd":pwd":pwd":...) is not scanned again for every member in it.
            i = Math.Max(i, end - 2);
        }
    }

    static void FindSchemes(string text, ref Ranges ranges)
    {
        var offset = 0;
        while (offset < text.Length)
        {
            var found = text.AsSpan(offset).IndexOfAny(s_schemes);
            if (found < 0)
                return;
            var word = offset + found;
            var start = word + (char.ToLowerInvariant(text[word]) == 'b' && char.ToLowerInvariant(text[word + 1]) == 'e' ? 7 : 6);
            offset = start;
            if (word > 0 && char.IsLetterOrDigit(text[word - 1]))
                continue;
            while (start < text.Length && text[start] == ' ')
                start++;
            var end = start;
            var tokenish = false;
            while (end < text.Length && IsTokenChar(text[end]))
            {
                tokenish |= end > start && !char.IsAsciiLetterLower(text[end]);
                end++;
            }
            if (end - start >= 8 && tokenish)
                Add(text, ref ranges, start, end);
            offset = Math.Max(offset, end);
        }
    }

    /// <summary>
    /// True when <paramref name="literal"/> ends with a listed key and <c>=</c> (<c>"password="</c>,
    /// <c>"token = '"</c>): the template text that comes before a hole names what the hole holds.
    /// </summary>
    public bool EndsWithKeyAssignment(ReadOnlySpan<char> literal)
    {
        var end = literal.Length;
        if (end > 0 && literal[end - 1] is '"' or '\'')
            end--;
        while (end > 0 && literal[end - 1] == ' ')
            end--;
        if (end == 0 || literal[end - 1] != '=')
            return false;
        end--;
        while (end > 0 && literal[end - 1] == ' ')
            end--;
        var start = end;
        while (start > 0 && IsKeyChar(literal[start - 1]))
            start--;
        return start < end && _keys.Matches(literal[start..end]);
    }

    static bool IsKeyChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or '.';

    static bool IsValueEnd(char c) => c is ';' or '&' or ',' or '"' or '\'' or '}' or ')' || char.IsWhiteSpace(c);

    // RFC 6750's b64token characters.
    static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or '+' or '/' or '=';

    static void Add(string text, ref Ranges ranges, int start, int end)
    {
        // Already masked (an event redacted twice, a value logged from a redacted one): nothing to hide.
        if (text.AsSpan(start, end - start).SequenceEqual(Mask))
            return;
        ranges.Add(start, end);
    }

    static string Apply(string text, ref Ranges ranges)
    {
        ranges.Sort();
        // Merge overlapping ranges (they hide the union), then write the text once at its final length.
        var merged = 0;
        for (var i = 1; i < ranges.Count; i++)
        {
            if (ranges[i].Start <= ranges[merged].End)
                ranges[merged] = (ranges[merged].Start, Math.Max(ranges[merged].End, ranges[i].End));
            else
                ranges[++merged] = ranges[i];
        }
        ranges.Count = merged + 1;

        var length = text.Length;
        for (var i = 0; i < ranges.Count; i++)
            length += Mask.Length - (ranges[i].End - ranges[i].Start);
        return string.Create(length, (text, ranges), static (output, state) =>
        {
            var (text, ranges) = state;
            var copied = 0;
            var written = 0;
            for (var i = 0; i < ranges.Count; i++)
            {
                var (start, end) = ranges[i];
                text.AsSpan(copied, start - copied).CopyTo(output[written..]);
                written += start - copied;
                Mask.AsSpan().CopyTo(output[written..]);
                written += Mask.Length;
                copied = end;
            }
            text.AsSpan(copied).CopyTo(output[written..]);
        });
    }

    /// <summary>The ranges to mask: four inline, more on the heap (text with that many credentials is rare).</summary>
    struct Ranges
    {
        (int Start, int End) _0, _1, _2, _3;
        List<(int Start, int End)>? _more;

        public int Count;

        public (int Start, int End) this[int index]
        {
            readonly get => index switch { 0 => _0, 1 => _1, 2 => _2, 3 => _3, _ => _more![index - 4] };
            set
            {
                switch (index)
                {
                    case 0: _0 = value; break;
                    case 1: _1 = value; break;
                    case 2: _2 = value; break;
                    case 3: _3 = value; break;
                    default: _more![index - 4] = value; break;
                }
            }
        }

        public void Add(int start, int end)
        {
            if (Count >= 4)
                (_more ??= []).Add((start, end));
            else
                this[Count] = (start, end);
            Count++;
        }

        // Insertion sort for a handful of ranges (found by four passes that each run left to right); many
        // ranges (crafted text) are sorted in n log n, since insertion across interleaved passes is quadratic.
        public void Sort()
        {
            if (_more != null)
            {
                var all = new (int Start, int End)[Count];
                for (var i = 0; i < Count; i++)
                    all[i] = this[i];
                Array.Sort(all);
                for (var i = 0; i < Count; i++)
                    this[i] = all[i];
                return;
            }
            for (var i = 1; i < Count; i++)
            {
                var current = this[i];
                var j = i - 1;
                while (j >= 0 && this[j].CompareTo(current) > 0)
                {
                    this[j + 1] = this[j];
                    j--;
                }
                this[j + 1] = current;
            }
        }
    }
}
