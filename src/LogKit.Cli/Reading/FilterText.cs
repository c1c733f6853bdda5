using System.Text;
using System.Text.RegularExpressions;

namespace LogKit.Cli.Reading;

/// <summary>
/// Adjusts filter text before Serilog.Expressions compiles it. An event read from a file carries its exception
/// as text, but Serilog.Expressions sees <c>@x</c> as an exception object that <c>like</c> and the string functions
/// do not match; <c>@x like '%Timeout%'</c> (what people write) becomes <c>ToString(@x) like '%Timeout%'</c>.
/// String literals are left alone.
/// </summary>
internal static partial class FilterText
{
    [GeneratedRegex(@"(?<![\w@])(@x|@Exception)(?=\s+(?:not\s+)?like\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ExceptionLike();

    public static string Normalize(string filter)
    {
        // Rewrite only outside '...' literals ('' inside a literal is an escaped quote and toggles twice).
        var result = new StringBuilder(filter.Length + 16);
        var start = 0;
        var inString = false;
        for (var i = 0; i <= filter.Length; i++)
        {
            if (i < filter.Length && filter[i] != '\'')
                continue;
            var segment = filter[start..i];
            result.Append(inString ? segment : ExceptionLike().Replace(segment, "ToString($1)"));
            if (i < filter.Length)
                result.Append('\'');
            inString = !inString;
            start = i + 1;
        }
        return result.ToString();
    }
}
