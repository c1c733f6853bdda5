using System.Globalization;
using Microsoft.Extensions.Compliance.Classification;
using Serilog.Events;

namespace LogKit.Redaction;

/// <summary>
/// A destructured member marked with a data classification or <see cref="LogMaskedAttribute"/>. It is a
/// <see cref="ScalarValue"/> of its redacted text, so every consumer that does not know this type (a Serilog
/// sink, a formatter, a copy of the event) writes the redacted text: it fails closed. It keeps the captured
/// value only for a pipeline whose custom redactor (<see cref="RedactionOptions.RedactorProvider"/>) turns
/// it into other text; the original is never written.
/// </summary>
internal sealed class ClassifiedValue : ScalarValue
{
    ClassifiedValue(string redacted, LogEventPropertyValue original, DataClassificationSet? classifications)
        : base(redacted)
    {
        Original = original;
        Classifications = classifications;
    }

    /// <summary>The captured value; never written.</summary>
    public LogEventPropertyValue Original { get; }

    /// <summary>The member's classifications, or null for <see cref="LogMaskedAttribute"/>.</summary>
    public DataClassificationSet? Classifications { get; }

    public static ClassifiedValue Classified(LogEventPropertyValue original, DataClassificationSet classifications)
        => new(CredentialMasker.Mask, original, classifications);

    public static ClassifiedValue Masked(LogEventPropertyValue original, int keepLast)
    {
        var text = Text(original);
        var masked = keepLast > 0 && text.Length > keepLast ? CredentialMasker.Mask + text[^keepLast..] : CredentialMasker.Mask;
        return new ClassifiedValue(masked, original, classifications: null);
    }

    /// <summary>A value as text for a redactor: a string as it is, anything else rendered invariantly.</summary>
    public static string Text(LogEventPropertyValue value)
    {
        if (value is ScalarValue { Value: string s })
            return s;
        if (value is ScalarValue { Value: IFormattable formattable })
            return formattable.ToString(null, CultureInfo.InvariantCulture);
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        value.Render(writer, "l", CultureInfo.InvariantCulture);
        return writer.ToString();
    }
}
