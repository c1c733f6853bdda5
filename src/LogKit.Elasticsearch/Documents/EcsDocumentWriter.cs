using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using LogKit.Elasticsearch.Configuration;
using LogKit.Redaction;
using Serilog.Events;

namespace LogKit.Elasticsearch.Documents;

/// <summary>
/// Writes events as <c>_bulk</c> pairs: a <c>create</c> action with the event's id, then one ECS
/// document, straight into a pooled UTF-8 buffer with <see cref="Utf8JsonWriter"/>. Not thread-safe:
/// one writer per batch in flight.
/// </summary>
internal sealed class EcsDocumentWriter
{
    static readonly JsonWriterOptions WriterOptions = new()
    {
        // Valid JSON that keeps non-ASCII text readable and short; only what JSON requires is escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    readonly string _serviceName;
    readonly string _hostName = Environment.MachineName;
    readonly int _processId = Environment.ProcessId;
    readonly DataStreamName _dataStream;
    readonly Dictionary<MessageTemplate, string> _hashes = new(ReferenceEqualityComparer.Instance);
    Utf8JsonWriter? _json;

    public EcsDocumentWriter(ElasticsearchSettings settings)
        : this(settings.ServiceName, settings.DataStream)
    {
    }

    public EcsDocumentWriter(string serviceName, DataStreamName dataStream)
    {
        _serviceName = serviceName;
        _dataStream = dataStream;
    }

    /// <summary>Appends one event's action and document lines to <paramref name="output"/>.</summary>
    public void Write(LogEvent logEvent, string id, PooledBufferWriter output)
    {
        var json = Writer(output);
        json.WriteStartObject();
        json.WriteStartObject("create"u8);
        json.WriteString("_id"u8, id);
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        output.Write("\n"u8);

        json.Reset(output);
        WriteDocument(json, logEvent);
        json.Flush();
        output.Write("\n"u8);
        json.Reset(output);
    }

    Utf8JsonWriter Writer(PooledBufferWriter output)
    {
        if (_json is null)
            _json = new Utf8JsonWriter(output, WriterOptions);
        else
            _json.Reset(output);
        return _json;
    }

    // Templates are parsed once and cached by the logger, so the same instance comes back: hash it once.
    string Hash(MessageTemplate template)
    {
        if (_hashes.TryGetValue(template, out var hash))
            return hash;
        if (_hashes.Count >= 4096)
            _hashes.Clear();
        return _hashes[template] = TemplateHash.ToHex(template.Text);
    }

    void WriteDocument(Utf8JsonWriter json, LogEvent e)
    {
        json.WriteStartObject();
        json.WriteString("@timestamp"u8, e.Timestamp.UtcDateTime);
        json.WriteString("message"u8, e.RenderMessage(CultureInfo.InvariantCulture));

        json.WriteStartObject("log"u8);
        json.WriteString("level"u8, EcsNames.Level(e.Level));
        if (e.Properties.TryGetValue(EcsNames.SourceContext, out var source) && source is ScalarValue { Value: string logger })
            json.WriteString("logger"u8, logger);
        json.WriteEndObject();

        json.WriteStartObject("ecs"u8);
        json.WriteString("version"u8, EcsNames.EcsVersion);
        json.WriteEndObject();

        if (e.Exception is { } exception)
        {
            json.WriteStartObject("error"u8);
            // A redacted stand-in reports the thrown type, so that Kibana still groups errors by it.
            json.WriteString("type"u8, (exception is RedactedException redacted ? redacted.OriginalType : exception.GetType()).FullName);
            json.WriteString("message"u8, exception.Message);
            json.WriteString("stack_trace"u8, exception.ToString());
            json.WriteEndObject();
        }

        if (e.TraceId is { } traceId)
        {
            json.WriteStartObject("trace"u8);
            json.WriteString("id"u8, traceId.ToHexString());
            json.WriteEndObject();
        }
        if (e.SpanId is { } spanId)
        {
            json.WriteStartObject("span"u8);
            json.WriteString("id"u8, spanId.ToHexString());
            json.WriteEndObject();
        }

        json.WriteStartObject("service"u8);
        json.WriteString("name"u8, _serviceName);
        json.WriteEndObject();

        json.WriteStartObject("host"u8);
        json.WriteString("name"u8, _hostName);
        json.WriteEndObject();

        json.WriteStartObject("process"u8);
        json.WriteNumber("pid"u8, _processId);
        if (e.Properties.TryGetValue(EcsNames.ThreadId, out var thread) && thread is ScalarValue { Value: int threadId })
        {
            json.WriteStartObject("thread"u8);
            json.WriteNumber("id"u8, threadId);
            json.WriteEndObject();
        }
        json.WriteEndObject();

        json.WriteStartObject("event"u8);
        json.WriteString("dataset"u8, _dataStream.Dataset);
        json.WriteEndObject();

        json.WriteStartObject("data_stream"u8);
        json.WriteString("type"u8, "logs"u8);
        json.WriteString("dataset"u8, _dataStream.Dataset);
        json.WriteString("namespace"u8, _dataStream.Namespace);
        json.WriteEndObject();

        json.WriteStartObject("logkit"u8);
        var template = e.MessageTemplate.Text;
        json.WriteString("template"u8, template);
        json.WriteString("template_hash"u8, Hash(e.MessageTemplate));
        var wroteProperties = false;
        foreach (var (name, value) in e.Properties)
        {
            if (name is EcsNames.SourceContext or EcsNames.ThreadId)
                continue;
            if (!wroteProperties)
            {
                json.WriteStartObject("properties"u8);
                wroteProperties = true;
            }
            json.WritePropertyName(name);
            PropertyValueWriter.Write(json, value);
        }
        if (wroteProperties)
            json.WriteEndObject();
        json.WriteEndObject();

        json.WriteEndObject();
    }
}
