using System.Collections;
using System.Globalization;
using System.Text;
using Serilog.Parsing;

namespace LogKit.Extensions.Logging;

/// <summary>
/// The text of a template scope (<c>BeginScope("Login for {User} with {Password}", user, password)</c>) when one of
/// its holes is a redacted name: Microsoft.Extensions.Logging renders the scope's text itself, from the original
/// values, so the pipeline's redaction of the properties would not reach it. The holes are rendered as MEL renders
/// them (invariant culture, the hole's alignment and format, <c>(null)</c>, sequences joined with <c>", "</c>), the
/// redacted ones as <c>***</c>. Null, so the caller keeps MEL's own text, when no hole is redacted (the usual case,
/// which costs one name check per hole).
/// </summary>
internal static class RedactedScopeText
{
    public static string? For(IEnumerable<KeyValuePair<string, object?>> pairs, string format, RedactionOptions redaction)
    {
        if (!redaction.IsEnabled)
            return null;
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var redacted = false;
        foreach (var (key, value) in pairs)
        {
            if (key is null || key == "{OriginalFormat}")
                continue;
            var name = key.Length > 1 && key[0] is '@' or '$' ? key[1..] : key;
            values[name] = value;
            redacted |= redaction.IsRedacted(name);
        }
        if (!redacted)
            return null;

        var text = new StringBuilder(format.Length + 16);
        foreach (var token in new MessageTemplateParser().Parse(format).Tokens)
        {
            if (token is TextToken literal)
            {
                text.Append(literal.Text);
                continue;
            }
            if (token is not PropertyToken hole)
                continue;
            if (redaction.IsRedacted(hole.PropertyName))
            {
                text.Append("***");
                continue;
            }
            if (!values.TryGetValue(hole.PropertyName, out var value))
            {
                text.Append(hole.ToString());
                continue;
            }
            var alignment = hole.Alignment is { } a ? "," + (a.Direction == AlignmentDirection.Left ? "-" : "") + a.Width.ToString(CultureInfo.InvariantCulture) : "";
            var specifier = hole.Format is { } f ? ":" + f : "";
            text.AppendFormat(CultureInfo.InvariantCulture, "{0" + alignment + specifier + "}", Argument(value));
        }
        return text.ToString();
    }

    // As MEL's LogValuesFormatter: null is "(null)", a sequence (not a string) its items joined with ", ".
    static object Argument(object? value) => value switch
    {
        null => "(null)",
        string => value,
        IEnumerable items => string.Join(", ", items.Cast<object?>().Select(i => i ?? "(null)")),
        _ => value,
    };
}
