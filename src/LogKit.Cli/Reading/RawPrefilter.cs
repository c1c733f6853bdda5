using System.Text;
using System.Text.RegularExpressions;
using Serilog.Events;

namespace LogKit.Cli.Reading;

/// <summary>
/// A cheap test on a line's raw bytes, run before any JSON is parsed: byte strings that every line
/// matching a filter must contain. Derived from the top-level <c>and</c> terms of a Serilog.Expressions
/// filter that compare a field to a literal (<c>@l = 'Error'</c>, <c>User = 'John'</c>,
/// <c>StartsWith(SourceContext, 'MyApp.Db')</c>, <c>@x like '%Timeout%'</c>, <c>IsDefined(@x)</c>); any other
/// term adds nothing, so the pre-filter never rejects a line the filter would accept (it is necessary,
/// not sufficient: the full filter still runs on every line that passes).
/// </summary>
public sealed partial class RawPrefilter
{
    readonly byte[][] _required;
    readonly Needle[] _needles;

    RawPrefilter(IReadOnlyList<(byte[] Literal, LogEventLevel? Level)> required)
    {
        _required = required.Select(r => r.Literal).ToArray();
        // A level is checked on @l's value itself: the parser accepts any case and short forms (error, err).
        _needles = required.Select(r => r.Level is { } level ? new Needle(r.Literal, false, false, level) : Needle.Of(r.Literal)).ToArray();
    }

    /// <summary>
    /// A required byte string searched by its core, its quotes checked around each hit: JSON is full of
    /// quotes, and a vectorised search anchored on a quote would stop at nearly every byte.
    /// </summary>
    readonly record struct Needle(byte[] Core, bool QuoteBefore, bool QuoteAfter, LogEventLevel? Level = null)
    {
        public static Needle Of(byte[] literal)
        {
            var before = literal.Length > 1 && literal[0] == (byte)'"';
            var after = literal.Length > 1 && literal[^1] == (byte)'"';
            var core = literal.AsSpan(before ? 1 : 0, literal.Length - (before ? 1 : 0) - (after ? 1 : 0)).ToArray();
            return core.Length == 0 ? new Needle(literal, false, false) : new Needle(core, before, after);
        }

        public bool IsIn(ReadOnlySpan<byte> line)
        {
            if (Level is { } level)
                return HasLevel(line, level);
            var offset = 0;
            while (true)
            {
                var hit = line[offset..].IndexOf(Core);
                if (hit < 0)
                    return false;
                var start = offset + hit;
                var end = start + Core.Length;
                if ((!QuoteBefore || (start > 0 && line[start - 1] == (byte)'"'))
                    && (!QuoteAfter || (end < line.Length && line[end] == (byte)'"')))
                    return true;
                offset = start + 1;
            }
        }
    }

    /// <summary>
    /// True when some <c>"@l":"..."</c> in the line names the level, in any spelling the parser accepts. An
    /// occurrence inside a string value would have escaped quotes (and the line passes for its backslash), and
    /// one in a nested object only lets a line through: never a wrong rejection.
    /// </summary>
    static bool HasLevel(ReadOnlySpan<byte> line, LogEventLevel wanted)
    {
        var offset = 0;
        while (true)
        {
            var hit = line[offset..].IndexOf("\"@l\""u8);
            if (hit < 0)
                return false;
            var i = offset + hit + 4;
            offset = i;
            while (i < line.Length && IsJsonSpace(line[i]))
                i++;
            if (i >= line.Length || line[i] != (byte)':')
                continue;
            i++;
            while (i < line.Length && IsJsonSpace(line[i]))
                i++;
            if (i >= line.Length || line[i] != (byte)'"')
                continue;
            var end = line[(i + 1)..].IndexOf((byte)'"');
            if (end >= 0 && Levels.TryParse(line.Slice(i + 1, end), out var level) && level == wanted)
                return true;
        }
    }

    static bool IsJsonSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    /// <summary>A pre-filter that passes every line.</summary>
    public static RawPrefilter None { get; } = new(Array.Empty<(byte[], LogEventLevel?)>());

    /// <summary>The byte strings a matching line must contain (for diagnostics and tests).</summary>
    public IReadOnlyList<string> RequiredText => _required.Select(r => Encoding.UTF8.GetString(r)).ToList();

    /// <summary>True when the pre-filter passes every line.</summary>
    public bool IsEmpty => _required.Length == 0;

    /// <summary>True when the line may match the filter; false when it certainly does not.</summary>
    /// <param name="line">The raw line.</param>
    /// <returns>Whether the full filter needs to look at the line.</returns>
    public bool MayMatch(ReadOnlySpan<byte> line)
    {
        // A backslash only occurs inside a JSON string, as an escape: \u0045rror is Error, a\/b is a/b. The
        // literals are searched as written, so such a line goes to the full filter.
        if (_needles.Length == 0 || line.IndexOf((byte)'\\') >= 0)
            return true;
        foreach (var needle in _needles)
        {
            if (!needle.IsIn(line))
                return false;
        }
        return true;
    }

    [GeneratedRegex(@"^(?<field>@l|@Level)\s*=\s*'(?<value>[A-Za-z]+)'$", RegexOptions.CultureInvariant)]
    private static partial Regex LevelEquals();

    [GeneratedRegex(@"^(?<field>@mt|@MessageTemplate|@x|@Exception|[A-Za-z_][A-Za-z0-9_]*)\s*(?<op>=|like)\s*'(?<value>(?:[^']|'')*)'$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FieldCompare();

    [GeneratedRegex(@"^(?<fn>StartsWith|EndsWith|Contains)\s*\(\s*(?<field>@mt|@MessageTemplate|@x|@Exception|[A-Za-z_][A-Za-z0-9_]*)\s*,\s*'(?<value>(?:[^']|'')*)'\s*\)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Function();

    [GeneratedRegex(@"^(?:IsDefined\s*\(\s*(?:@x|@Exception)\s*\)|(?:@x|@Exception)\s+is\s+not\s+null)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HasException();

    /// <summary>Derives the pre-filter of a filter expression.</summary>
    /// <param name="filter">A Serilog.Expressions filter, or null for none.</param>
    /// <returns>The pre-filter (<see cref="None"/> when nothing can be derived).</returns>
    public static RawPrefilter ForFilter(string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter))
            return None;
        var required = new List<(byte[], LogEventLevel?)>();
        foreach (var term in SplitAnd(filter))
        {
            if (LevelEquals().Match(term) is { Success: true } levelTerm)
            {
                // CLEF leaves @l out for Information, so only the other levels can be looked for.
                var value = levelTerm.Groups["value"].Value;
                if (Levels.TryParse(value, out var level) && level != LogEventLevel.Information && value == level.ToString())
                    required.Add((Encoding.UTF8.GetBytes("\"" + value + "\""), level));
            }
            else if (Derive(term) is { } literal)
            {
                required.Add((Encoding.UTF8.GetBytes(literal), null));
            }
        }
        // Rarest-looking (longest) first: most lines fail on the first test.
        return new RawPrefilter(required.OrderByDescending(r => r.Item1.Length).ToArray());
    }

    static string? Derive(string term)
    {
        if (HasException().IsMatch(term))
            return "\"@x\"";
        if (FieldCompare().Match(term) is { Success: true } compare)
        {
            var field = compare.Groups["field"].Value;
            var value = compare.Groups["value"].Value.Replace("''", "'", StringComparison.Ordinal);
            if (IsRendered(field))
                return null;
            if (string.Equals(compare.Groups["op"].Value, "like", StringComparison.OrdinalIgnoreCase))
                return Safe(LongestLikeFragment(value));
            // A string property equal to the literal: its JSON string is in the line.
            return Safe(value) is { } safe ? "\"" + safe + "\"" : null;
        }
        if (Function().Match(term) is { Success: true } function)
        {
            var value = Safe(function.Groups["value"].Value.Replace("''", "'", StringComparison.Ordinal));
            if (value is null || IsRendered(function.Groups["field"].Value))
                return null;
            return function.Groups["fn"].Value.ToLowerInvariant() switch
            {
                "startswith" => "\"" + value,
                "endswith" => value + "\"",
                _ => value,
            };
        }
        return null;
    }

    // @m is rendered from the template and properties: its text need not be in the line as such.
    static bool IsRendered(string field) => field is "@m" or "@Message";

    static string LongestLikeFragment(string pattern)
        => pattern.Split('%', '_').OrderByDescending(f => f.Length).FirstOrDefault() ?? "";

    /// <summary>The literal when JSON writes it unchanged (printable ASCII, no quote or backslash); else null.</summary>
    static string? Safe(string literal)
    {
        if (literal.Length == 0)
            return null;
        foreach (var c in literal)
        {
            if (c < 0x20 || c > 0x7E || c == '"' || c == '\\')
                return null;
        }
        return literal;
    }

    /// <summary>
    /// The terms every match must satisfy: splits at top-level <c>and</c> (outside strings and parentheses)
    /// and unwraps whole-term parentheses. <c>and</c> binds tighter than <c>or</c>, so <c>A or B and C</c>
    /// needs neither B nor C: a top-level <c>or</c> (or <c>if</c>/<c>then</c>/<c>else</c>) at any level
    /// means nothing is required there. Terms from a <c>not</c> on are dropped too, whichever way
    /// <c>not</c> groups with the <c>and</c>s after it.
    /// </summary>
    internal static List<string> SplitAnd(string filter)
    {
        var terms = new List<string>();
        var depth = 0;
        var inString = false;
        var start = 0;
        for (var i = 0; i < filter.Length; i++)
        {
            var c = filter[i];
            if (c == '\'')
                inString = !inString;   // '' inside a string toggles twice: still inside
            if (inString)
                continue;
            if (c == '(')
                depth++;
            else if (c == ')')
                depth--;
            else if (depth == 0 && (IsWordAt(filter, i, "or") || IsWordAt(filter, i, "if") || IsWordAt(filter, i, "then") || IsWordAt(filter, i, "else")))
                return [];
            else if (depth == 0 && IsWordAt(filter, i, "and"))
            {
                terms.Add(filter[start..i]);
                start = i + 3;
                i += 2;
            }
        }
        if (inString || depth != 0)
            return [];   // not well-formed: the compiler will say why; no pre-filter
        terms.Add(filter[start..]);

        var result = new List<string>();
        foreach (var raw in terms)
        {
            var term = raw.Trim();
            if (term.Length >= 3 && IsWordAt(term, 0, "not"))
                break;
            if (term.Length > 1 && term[0] == '(' && term[^1] == ')' && WrapsWhole(term))
                result.AddRange(SplitAnd(term[1..^1]));
            else if (term.Length > 0)
                result.Add(term);
        }
        return result;
    }

    static bool IsWordAt(string text, int i, string word)
        => i + word.Length <= text.Length
           && string.Compare(text, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
           && (i == 0 || !char.IsLetterOrDigit(text[i - 1]) && text[i - 1] != '_' && text[i - 1] != '@')
           && (i + word.Length == text.Length || !char.IsLetterOrDigit(text[i + word.Length]) && text[i + word.Length] != '_');

    static bool WrapsWhole(string term)
    {
        var depth = 0;
        var inString = false;
        for (var i = 0; i < term.Length; i++)
        {
            if (term[i] == '\'')
                inString = !inString;
            if (inString)
                continue;
            if (term[i] == '(')
                depth++;
            else if (term[i] == ')' && --depth == 0 && i < term.Length - 1)
                return false;
        }
        return true;
    }
}
