using Microsoft.Extensions.Compliance.Redaction;
using Serilog.Debugging;
using Serilog.Events;

namespace LogKit.Redaction;

/// <summary>
/// A pipeline's redaction settings, compiled and immutable: the name matcher, the credential masker and
/// the custom redactors. <see cref="RedactionOptions"/> publishes a new one on every change, and the
/// caches kept on templates and property sets are keyed by the instance, so a change invalidates them.
/// Every method returns the same instance it was given when nothing is redacted.
/// </summary>
internal sealed partial class RedactionPolicy
{
    public const string FailureMarker = "[redaction failed]";

    static readonly ScalarValue s_masked = new(CredentialMasker.Mask);

    readonly Redactor? _redactor;
    readonly IRedactorProvider? _provider;

    public RedactionPolicy(IEnumerable<string> names, Redactor? redactor, IRedactorProvider? provider)
    {
        var list = names.ToArray();
        Names = new NameMatcher(list);
        Values = new CredentialMasker(new NameMatcher(list.Concat(CredentialMasker.ConnectionStringKeys)));
        _redactor = redactor;
        _provider = provider;
    }

    public NameMatcher Names { get; }

    public CredentialMasker Values { get; }

    /// <summary>The value of a property whose name is redacted.</summary>
    public LogEventPropertyValue MaskedValue(LogEventPropertyValue original)
        => _redactor is null ? s_masked : new ScalarValue(RedactText(_redactor, ClassifiedValue.Text(original)));

    /// <summary>The text of a property whose name is redacted.</summary>
    public string MaskedText(string original) => _redactor is null ? CredentialMasker.Mask : RedactText(_redactor, original);

    public LogEventProperty Redact(LogEventProperty property)
    {
        // A member its type marks ([LogMasked], a classification) is redacted as marked, whatever its name.
        if (property.Value is not ClassifiedValue && Names.Matches(property.Name))
            return new LogEventProperty(property.Name, MaskedValue(property.Value));
        var value = Redact(property.Value);
        return ReferenceEquals(value, property.Value) ? property : new LogEventProperty(property.Name, value);
    }

    /// <summary>The value with names redacted at every depth and credentials masked in its strings.</summary>
    public LogEventPropertyValue Redact(LogEventPropertyValue value)
    {
        switch (value)
        {
            case ClassifiedValue classified:
                return Reclassify(classified);
            case ScalarValue { Value: string text }:
                var masked = Values.MaskCredentials(text);
                return ReferenceEquals(masked, text) ? value : new ScalarValue(masked);
            case ScalarValue { Value: Uri uri }:
                // Serilog keeps a Uri as a scalar and writes its ToString(): a password in its user-info would show.
                var original = uri.ToString();
                var maskedUri = Values.MaskCredentials(original);
                return ReferenceEquals(maskedUri, original) ? value : new ScalarValue(maskedUri);
            case ScalarValue:
                return value;
            case SequenceValue sequence:
                return RedactSequence(sequence);
            case StructureValue structure:
                return RedactStructure(structure);
            case DictionaryValue dictionary:
                return RedactDictionary(dictionary);
            default:
                return value;
        }
    }

    LogEventPropertyValue RedactSequence(SequenceValue sequence)
    {
        var elements = sequence.Elements;
        LogEventPropertyValue[]? changed = null;
        for (var i = 0; i < elements.Count; i++)
        {
            var redacted = Redact(elements[i]);
            if (changed is null && !ReferenceEquals(redacted, elements[i]))
            {
                changed = new LogEventPropertyValue[elements.Count];
                for (var j = 0; j < i; j++)
                    changed[j] = elements[j];
            }
            if (changed != null)
                changed[i] = redacted;
        }
        return changed is null ? sequence : new SequenceValue(changed);
    }

    LogEventPropertyValue RedactStructure(StructureValue structure)
    {
        var properties = structure.Properties;
        LogEventProperty[]? changed = null;
        for (var i = 0; i < properties.Count; i++)
        {
            var redacted = Redact(properties[i]);
            if (changed is null && !ReferenceEquals(redacted, properties[i]))
            {
                changed = new LogEventProperty[properties.Count];
                for (var j = 0; j < i; j++)
                    changed[j] = properties[j];
            }
            if (changed != null)
                changed[i] = redacted;
        }
        return changed is null ? structure : new StructureValue(changed, structure.TypeTag);
    }

    LogEventPropertyValue RedactDictionary(DictionaryValue dictionary)
    {
        List<KeyValuePair<ScalarValue, LogEventPropertyValue>>? changed = null;
        var index = 0;
        foreach (var (key, element) in dictionary.Elements)
        {
            var redacted = key.Value is string name && Names.Matches(name) ? MaskedValue(element) : Redact(element);
            if (changed is null && !ReferenceEquals(redacted, element))
                changed = dictionary.Elements.Take(index).ToList();
            changed?.Add(new(key, redacted));
            index++;
        }
        return changed is null ? dictionary : new DictionaryValue(changed);
    }

    // A classified member is already its redacted text; a redactor provider may want other text for its classification.
    LogEventPropertyValue Reclassify(ClassifiedValue classified)
    {
        if (classified.Classifications is not { } classifications || (_provider is null && _redactor is null))
            return classified;
        Redactor redactor;
        try
        {
            redactor = _provider?.GetRedactor(classifications) ?? _redactor!;
        }
        catch (Exception ex)
        {
            return new ScalarValue(Failed(ex));
        }
        return new ScalarValue(RedactText(redactor, ClassifiedValue.Text(classified.Original)));
    }

    /// <summary>An exception whose messages hold credentials, wrapped so that everything that renders it shows them masked; otherwise the exception itself.</summary>
    public Exception Redact(Exception exception)
    {
        try
        {
            foreach (var ex in Formatting.Text.ForgingGuard.Chain(exception))
            {
                var message = ex.Message;
                if (!ReferenceEquals(Values.MaskCredentials(message), message))
                    return new RedactedException(exception, this);
            }
        }
        catch (Exception ex)
        {
            // A Message getter that throws: the exception is written as it is (its ToString is guarded where it is written).
            SelfLog.WriteLine("LogKit could not read an exception's message for redaction: {0}", ex);
        }
        return exception;
    }

    static string RedactText(Redactor redactor, string text)
    {
        try
        {
            return redactor.Redact(text);
        }
        catch (Exception ex)
        {
            return Failed(ex);
        }
    }

    static string Failed(Exception ex)
    {
        RedactionFailures.Count();
        SelfLog.WriteLine("LogKit: a redactor threw; the value is written as {0}: {1}", FailureMarker, ex);
        return FailureMarker;
    }
}
