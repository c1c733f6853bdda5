using System.Globalization;
using Serilog.Events;

namespace LogKit.Reliability.Tests.Support;

/// <summary>
/// LogKit's CLEF differs from Serilog's CompactJsonFormatter on purpose in one way: a
/// <see cref="DateOnly"/> is written as ISO <c>yyyy-MM-dd</c> in every culture (Serilog uses the current
/// culture's calendar). This rewrites an event so that the oracle writes what LogKit intends.
/// </summary>
public static class IntendedDifferences
{
    public static LogEvent WithIsoDates(LogEvent e)
        => new(e.Timestamp, e.Level, e.Exception, e.MessageTemplate,
            e.Properties.Select(p => new LogEventProperty(p.Key, Rewrite(p.Value))), e.TraceId ?? default, e.SpanId ?? default);

    public static bool HasDateOnly(LogEvent e) => e.Properties.Values.Any(HasDateOnly);

    static bool HasDateOnly(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: DateOnly } => true,
        SequenceValue sequence => sequence.Elements.Any(HasDateOnly),
        StructureValue structure => structure.Properties.Any(p => HasDateOnly(p.Value)),
        DictionaryValue dictionary => dictionary.Elements.Any(kv => HasDateOnly(kv.Value)),
        _ => false,
    };

    static LogEventPropertyValue Rewrite(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: DateOnly date } => new ScalarValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        SequenceValue sequence => new SequenceValue(sequence.Elements.Select(Rewrite)),
        StructureValue structure => new StructureValue(structure.Properties.Select(p => new LogEventProperty(p.Name, Rewrite(p.Value))), structure.TypeTag),
        DictionaryValue dictionary => new DictionaryValue(dictionary.Elements.Select(kv => new KeyValuePair<ScalarValue, LogEventPropertyValue>(kv.Key, Rewrite(kv.Value)))),
        _ => value,
    };
}
