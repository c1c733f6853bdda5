using System.Diagnostics;
using System.Globalization;
using LogKit.Capturing;
using LogKit.Core;
using LogKit.Formatting.Json;
using Serilog.Events;
using Serilog.Parsing;

namespace LogKit.Formatting.Clef;

/// <summary>
/// Writes events as CLEF in UTF-8, byte for byte what <c>CompactJsonFormatter</c> writes through a
/// UTF-8 <see cref="TextWriter"/>, followed by <see cref="Environment.NewLine"/>. Fast-bound entries are
/// written straight from their captured arguments, with the template's and context's bytes encoded
/// once and copied; anything else is written from its Serilog <see cref="LogEvent"/>.
/// </summary>
internal static class ClefWriter
{
    static readonly byte[] s_newLine = System.Text.Encoding.UTF8.GetBytes(Environment.NewLine);
    static readonly byte[][] s_levels = Enum.GetValues<LogEventLevel>()
        .Select(l => JsonUtf8.Ascii(",\"@l\":\"" + l + "\""))
        .ToArray();

    public static void Write(Utf8Buffer output, ref LogEntry entry)
    {
        if (!entry.IsFastBound || entry.Template.HasRenderings)
        {
            Write(output, entry.GetLogEvent());
            return;
        }

        var bytes = ClefTemplateBytes.For(entry.Template);
        WriteHeader(output, entry.Timestamp, bytes.TemplateMember, entry.Level, entry.Exception, entry.TraceId, entry.SpanId);

        for (var i = 0; i < entry.Args.Length; i++)
        {
            output.Write(bytes.PropertyNames[i]);
            WriteArg(output, ref entry, i);
        }

        foreach (var property in entry.Ambient())
            output.Write(ClefPropertyBytes.For(property));

        output.WriteByte((byte)'}');
        output.Write(s_newLine);
    }

    /// <summary>Writes a Serilog event as <c>CompactJsonFormatter.Format</c> would.</summary>
    public static void Write(Utf8Buffer output, LogEvent logEvent)
    {
        var templateMember = ClefTemplateBytes.For(TemplateCache.Get(logEvent.MessageTemplate.Text)).TemplateMember;
        WriteHeader(output, logEvent.Timestamp, templateMember, logEvent.Level, logEvent.Exception, logEvent.TraceId ?? default, logEvent.SpanId ?? default, logEvent);

        foreach (var (name, value) in logEvent.Properties)
        {
            output.WriteByte((byte)',');
            JsonUtf8.WriteQuotedString(output, ClefNames.Escape(name));
            output.WriteByte((byte)':');
            JsonValueWriter.Write(output, value);
        }

        output.WriteByte((byte)'}');
        output.Write(s_newLine);
    }

    static void WriteHeader(Utf8Buffer output, DateTimeOffset timestamp, byte[] templateMember, LogEventLevel level, Exception? exception,
        ActivityTraceId traceId, ActivitySpanId spanId, LogEvent? forRenderings = null)
    {
        output.Write("{\"@t\":\""u8);
        JsonUtf8.WriteUtcTimestamp(output, timestamp.UtcDateTime);
        output.WriteByte((byte)'"');
        output.Write(templateMember);

        if (forRenderings != null)
            WriteRenderings(output, forRenderings);

        if (level != LogEventLevel.Information)
            output.Write((uint)level < (uint)s_levels.Length ? s_levels[(int)level] : JsonUtf8.Ascii(",\"@l\":\"" + level + "\""));

        if (exception != null)
        {
            output.Write(",\"@x\":"u8);
            JsonUtf8.WriteQuotedString(output, DescribeException(exception));
        }

        if (traceId != default)
        {
            output.Write(",\"@tr\":\""u8);
            WriteHex(output, traceId);
            output.WriteByte((byte)'"');
        }

        if (spanId != default)
        {
            output.Write(",\"@sp\":\""u8);
            WriteHex(output, spanId);
            output.WriteByte((byte)'"');
        }
    }

    static void WriteRenderings(Utf8Buffer output, LogEvent logEvent)
    {
        var first = true;
        foreach (var token in logEvent.MessageTemplate.Tokens)
        {
            if (token is not PropertyToken { Format: not null } property)
                continue;
            output.Write(first ? ",\"@r\":["u8 : ","u8);
            first = false;
            var rendering = new StringWriter(CultureInfo.InvariantCulture);
            try
            {
                property.Render(logEvent.Properties, rendering, CultureInfo.InvariantCulture);
            }
            catch (Exception ex) when (ex is FormatException or ArgumentOutOfRangeException)
            {
                // A format the value rejects ({Span:D5}): the value is in the event anyway; the
                // rendering says why it is missing instead of losing the whole event.
                rendering.GetStringBuilder().Clear().Append("Rendering the property value threw an exception: ").Append(ex.GetType().Name);
            }
            JsonUtf8.WriteQuotedString(output, rendering.ToString());
        }
        if (!first)
            output.WriteByte((byte)']');
    }

    static void WriteArg(Utf8Buffer output, ref LogEntry entry, int index)
    {
        ref var arg = ref entry.Args[index];
        if (entry.Template.Properties[index].Destructuring == Destructuring.Stringify && arg.Kind != ArgKind.Null)
        {
            JsonValueWriter.Write(output, entry.GetArgValue(index));
            return;
        }

        // Unboxed scalars and strings, then boxed scalars from the params path: written as they
        // are, with no ScalarValue built.
        var writer = new JsonScalarWriter(output);
        if (arg.Kind == ArgKind.Null)
            JsonUtf8.WriteNull(output);
        else if (ScalarKinds.Accept(in arg, ref writer))
            return;
        else if (arg.Kind != ArgKind.Object || !ScalarKinds.Accept(arg.Reference, ref writer))
            JsonValueWriter.Write(output, entry.GetArgValue(index));
    }

    static string DescribeException(Exception exception)
    {
        try
        {
            return exception.ToString();
        }
        catch (Exception ex)
        {
            // The event is still written; Serilog's formatter would have thrown here instead.
            return exception.GetType().FullName + ": ToString() threw " + ex.GetType().Name;
        }
    }

    static void WriteHex(Utf8Buffer output, ActivityTraceId id)
    {
        Span<byte> raw = stackalloc byte[16];
        id.CopyTo(raw);
        WriteLowerHex(output, raw);
    }

    static void WriteHex(Utf8Buffer output, ActivitySpanId id)
    {
        Span<byte> raw = stackalloc byte[8];
        id.CopyTo(raw);
        WriteLowerHex(output, raw);
    }

    // ToHexString() is lower case; so is this, without the string.
    static void WriteLowerHex(Utf8Buffer output, ReadOnlySpan<byte> raw)
    {
        Convert.TryToHexStringLower(raw, output.GetSpan(raw.Length * 2), out var written);
        output.Advance(written);
    }
}
