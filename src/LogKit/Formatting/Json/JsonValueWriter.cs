using LogKit.Capturing;
using Serilog.Events;

namespace LogKit.Formatting.Json;

/// <summary>
/// Writes Serilog property values as UTF-8 JSON, byte for byte what
/// <c>Serilog.Formatting.Json.JsonValueFormatter(typeTagName: "$type")</c> writes, which is the
/// value formatter <c>CompactJsonFormatter</c> uses. The oracle tests hold the two together.
/// </summary>
internal static class JsonValueWriter
{
    static ReadOnlySpan<byte> TypeTagName => "\"$type\""u8;

    public static void Write(Utf8Buffer output, LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue scalar:
                WriteLiteral(output, scalar.Value);
                break;
            case SequenceValue sequence:
                output.WriteByte((byte)'[');
                var elements = sequence.Elements;
                for (var i = 0; i < elements.Count; i++)
                {
                    if (i > 0) output.WriteByte((byte)',');
                    Write(output, elements[i]);
                }
                output.WriteByte((byte)']');
                break;
            case StructureValue structure:
                WriteStructure(output, structure);
                break;
            case DictionaryValue dictionary:
                output.WriteByte((byte)'{');
                var first = true;
                foreach (var element in dictionary.Elements)
                {
                    if (!first) output.WriteByte((byte)',');
                    first = false;
                    // Serilog stringifies keys with the current culture; so do we, to stay identical.
                    JsonUtf8.WriteQuotedString(output, (element.Key.Value ?? "null").ToString());
                    output.WriteByte((byte)':');
                    Write(output, element.Value);
                }
                output.WriteByte((byte)'}');
                break;
            default:
                // An unknown LogEventPropertyValue subtype: its own rendering, as a string.
                JsonUtf8.WriteQuotedString(output, value.ToString());
                break;
        }
    }

    static void WriteStructure(Utf8Buffer output, StructureValue structure)
    {
        output.WriteByte((byte)'{');
        var properties = structure.Properties;
        for (var i = 0; i < properties.Count; i++)
        {
            if (i > 0) output.WriteByte((byte)',');
            JsonUtf8.WriteQuotedString(output, properties[i].Name);
            output.WriteByte((byte)':');
            Write(output, properties[i].Value);
        }
        if (structure.TypeTag != null)
        {
            if (properties.Count > 0) output.WriteByte((byte)',');
            output.Write(TypeTagName);
            output.WriteByte((byte)':');
            JsonUtf8.WriteQuotedString(output, structure.TypeTag);
        }
        output.WriteByte((byte)'}');
    }

    /// <summary>Writes a scalar's underlying value the way <c>JsonValueFormatter.FormatLiteralValue</c> does.</summary>
    public static void WriteLiteral(Utf8Buffer output, object? value)
    {
        var writer = new JsonScalarWriter(output);
        if (value is null)
            JsonUtf8.WriteNull(output);
        else if (!ScalarKinds.Accept(value, ref writer))
            JsonUtf8.WriteQuotedString(output, SafeToString(value));
    }

    static string SafeToString(object value)
    {
        try
        {
            return value.ToString() ?? "";
        }
        catch (Exception ex)
        {
            // Serilog would let this escape into the sink; LogKit writes the event anyway.
            return "ToString() threw " + ex.GetType().Name;
        }
    }
}
