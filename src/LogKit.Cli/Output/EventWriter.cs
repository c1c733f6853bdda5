using System.Globalization;
using System.Text;
using System.Text.Json;
using LogKit.Cli.Commands;
using LogKit.Cli.Reading;
using Serilog.Templates;
using Serilog.Templates.Themes;

namespace LogKit.Cli.Output;

/// <summary>Writes selected events to standard output in the chosen format.</summary>
internal sealed class EventWriter : IDisposable
{
    public const string DefaultTemplate = "[{@t:yyyy-MM-dd HH:mm:ss.fff zzz} {@l:u3}] {@m}\n{#if @x is not null}{@x}{#end}";
    // @t is spliced in from the line as written: re-rendering it would change its precision and offset text.
    const string JsonTemplate = "{ {@l, @m, @mt, @x, @tr, @sp, ..@p} }\n";

    static readonly byte[] s_newLine = "\n"u8.ToArray();

    readonly OutputFormat _format;
    readonly Stream _out;
    readonly StreamWriter? _text;
    readonly ExpressionTemplate? _template;
    readonly StringWriter? _json;

    public EventWriter(CliContext context, OutputFormat format, string? template)
    {
        _format = format;
        _out = new BufferedStream(context.Out, 256 * 1024);
        if (format == OutputFormat.Clef)
        {
            if (template != null)
                throw new UsageException("--template applies to --output text only");
            return;
        }
        if (format == OutputFormat.Json && template != null)
            throw new UsageException("--template applies to --output text only");

        var colour = format == OutputFormat.Text && context.OutIsTerminal && !context.NoColor;
        var text = format == OutputFormat.Json ? JsonTemplate : template is null ? DefaultTemplate : Unescape(template);
        if (!ExpressionTemplate.TryParse(text, CultureInfo.InvariantCulture, null, colour ? TemplateTheme.Code : null, colour, null, out _template, out var error))
            throw new UsageException($"--template: {error}");
        _text = new StreamWriter(_out, new UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\n" };
        if (format == OutputFormat.Json)
            _json = new StringWriter(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A template typed in a shell has <c>\n</c> and <c>\t</c> as two characters: they mean a newline and a
    /// tab. A template without any newline gets one at the end, so each event is one line.
    /// </summary>
    internal static string Unescape(string template)
    {
        var text = template.Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\t", "\t", StringComparison.Ordinal);
        return text.Contains('\n', StringComparison.Ordinal) ? text : text + "\n";
    }

    public void Write(LogRecord record)
    {
        if (_format == OutputFormat.Clef)
        {
            _out.Write(record.Line.Span);
            _out.Write(s_newLine);
            return;
        }
        if (_json is null)
        {
            _template!.Format(record.Event, _text!);
            return;
        }
        var json = _json.GetStringBuilder().Clear();
        _template!.Format(record.Event, _json);
        _text!.Write("{\"@t\":");
        if (RawTimestamp(record.Line.Span) is { Length: > 0 } raw)
            _text.Write(Encoding.UTF8.GetString(raw));
        else
            _text.Write("\"" + record.Event!.Timestamp.ToString("o", CultureInfo.InvariantCulture) + "\"");
        // The template wrote an object ({"@l":...}): @t goes first, the rest follows its opening brace.
        if (json.Length > 3 && json[1] != '}')
            _text.Write(',');
        _text.Write(json.ToString(1, json.Length - 1));
    }

    /// <summary>The JSON value of the line's top-level <c>@t</c>, as written; empty when not found.</summary>
    static ReadOnlySpan<byte> RawTimestamp(ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return default;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isTimestamp = reader.ValueTextEquals("@t"u8);
                if (!reader.Read())
                    return default;
                if (isTimestamp && reader.TokenType == JsonTokenType.String)
                    return line[(int)reader.TokenStartIndex..(int)reader.BytesConsumed];
                reader.Skip();
            }
        }
        catch (JsonException)
        {
        }
        return default;
    }

    public void Flush()
    {
        _text?.Flush();
        _out.Flush();
    }

    public void Dispose()
    {
        try
        {
            Flush();
        }
        catch (IOException)
        {
            // The reader went away (a closed pipe): nothing more to say.
        }
        _text?.Dispose();
    }
}
