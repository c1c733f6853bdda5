using Serilog.Events;
using Serilog.Parsing;

namespace LogKit.Capturing;

/// <summary>
/// A parsed message template with everything the fast path needs computed once: the property
/// tokens in argument order and how they bind, and a slot where a formatter keeps what it encoded
/// from the template (the CLEF writer keeps its bytes there).
/// </summary>
internal sealed class CachedTemplate
{
    static readonly MessageTemplateParser s_parser = new();

    CachedTemplate(string text, MessageTemplate template)
    {
        Template = template;
        var properties = template.Tokens.OfType<PropertyToken>().ToArray();
        Properties = properties;
        HasRenderings = properties.Any(p => p.Format != null);

        var allPositional = properties.Length > 0 && properties.All(p => p.IsPositional);
        var distinct = properties.Select(p => p.PropertyName).Distinct(StringComparer.Ordinal).Count() == properties.Length;
        // Positional ({0}) and repeated names follow Serilog's binder exactly, through Serilog itself.
        BindableArgumentCount = !allPositional && distinct ? properties.Length : -1;
    }

    /// <summary>Serilog's parsed template (shared by every event that uses it).</summary>
    public MessageTemplate Template { get; }

    public string Text => Template.Text;

    /// <summary>Property tokens in the order arguments bind to them.</summary>
    public PropertyToken[] Properties { get; }

    /// <summary>The argument count the fast path can bind, or -1 when Serilog's binder must do it.</summary>
    public int BindableArgumentCount { get; }

    /// <summary>True when a token has a format string, so CLEF needs an <c>"@r"</c> member.</summary>
    public bool HasRenderings { get; }

    /// <summary>Owned by the formatter (Formatting/Clef): what it encoded from this template, or null.</summary>
    public object? FormatterCache;

    /// <summary>Owned by Redaction: which holes a pipeline's redaction policy masks by name, or null.</summary>
    public object? RedactionCache;

    public static CachedTemplate Parse(string text) => new(text, s_parser.Parse(text));
}
