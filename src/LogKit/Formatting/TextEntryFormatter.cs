using System.Text;
using LogKit.Core;
using Serilog.Formatting;

namespace LogKit.Formatting;

/// <summary>
/// Any Serilog <see cref="ITextFormatter"/> (an output template, an expression template, a JSON
/// formatter), applied to the entry's <see cref="Serilog.Events.LogEvent"/> and encoded as UTF-8.
/// </summary>
internal sealed class TextEntryFormatter(ITextFormatter formatter) : IEntryFormatter
{
    [ThreadStatic] static StringWriter? t_writer;

    public void Format(Utf8Buffer output, ref LogEntry entry)
    {
        // Taken out of the slot while in use: a formatter that logs (a ToString that logs) gets its own.
        var writer = t_writer ?? new StringWriter(new StringBuilder(256), System.Globalization.CultureInfo.InvariantCulture);
        t_writer = null;
        try
        {
            formatter.Format(entry.GetLogEvent(), writer);
            foreach (var chunk in writer.GetStringBuilder().GetChunks())
            {
                var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(chunk.Length));
                output.Advance(Encoding.UTF8.GetBytes(chunk.Span, span));
            }
        }
        finally
        {
            var builder = writer.GetStringBuilder();
            builder.Clear();
            if (builder.Capacity <= 64 * 1024)
                t_writer = writer;
        }
    }
}
