using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace LogKit.Elasticsearch.Tests.Support.Fake;

/// <summary>
/// A loopback fake of an Elasticsearch cluster, faithful to the documented <c>_bulk</c> contract:
/// NDJSON (gzip or not) that must end with a newline, <c>create</c> only into data streams, per-item
/// results in order with <c>errors: true</c> on any failure, 409 for an id already stored, a
/// first-type-wins mapper, <c>X-Elastic-Product: Elasticsearch</c> on every answer, an optional
/// failure store and credentials check; plus fault plans per request and per item. The nodes share
/// one store, as a cluster's nodes do.
/// </summary>
public sealed class FakeCluster : IAsyncDisposable
{
    readonly ConcurrentDictionary<string, StoredDocument> _documents = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);
    readonly ConcurrentQueue<string> _authorizations = new();
    readonly List<FakeNode> _nodes = [];
    long _sequence;

    FakeCluster(TimeProvider time) => Time = time;

    public TimeProvider Time { get; }

    public IReadOnlyList<FakeNode> Nodes => _nodes;

    public Uri Uri => _nodes[0].Uri;

    public FieldMapper Mapper { get; } = new();

    /// <summary>Decides a fault for each <c>_bulk</c> request (null: none).</summary>
    public Func<FakeRequest, RequestFault?>? RequestFaults { get; set; }

    /// <summary>Decides a fault for each item (null: none).</summary>
    public Func<FakeItem, ItemFault?>? ItemFaults { get; set; }

    /// <summary>When set, requests must carry exactly this Authorization header, else 401.</summary>
    public string? RequiredAuthorization { get; set; }

    /// <summary>When true, documents the mapper refuses go to the failure store (201 + failure_store: used).</summary>
    public bool FailureStore { get; set; }

    /// <summary>Bodies (uncompressed) above this many bytes get 413.</summary>
    public long MaxContentLength { get; set; } = long.MaxValue;

    public ConcurrentDictionary<string, string> Templates { get; } = new();

    /// <summary>When true, index templates are refused as OpenSearch refuses Elasticsearch-only field types.</summary>
    public bool RefuseTemplates { get; set; }

    public IReadOnlyCollection<StoredDocument> Documents => _documents.Values.ToList();

    public int Count => _documents.Count;

    /// <summary>Every Authorization header value received.</summary>
    public IReadOnlyCollection<string> Authorizations => _authorizations.ToArray();

    public long Requests => Interlocked.Read(ref _sequence);

    /// <summary>Item results the fake answered, by status.</summary>
    public ConcurrentDictionary<int, long> ItemStatuses { get; } = new();

    public static async Task<FakeCluster> StartAsync(int nodes = 1, TimeProvider? time = null)
    {
        var cluster = new FakeCluster(time ?? TimeProvider.System);
        for (var i = 0; i < nodes; i++)
            cluster._nodes.Add(await FakeNode.StartAsync(cluster, i));
        return cluster;
    }

    /// <summary>A loopback address where nothing listens: connections to it are refused.</summary>
    public static Uri DeadNodeUri()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 0));
        var port = ((System.Net.IPEndPoint)socket.LocalEndPoint!).Port;
        return new Uri($"http://127.0.0.1:{port}/");
    }

    internal async Task HandleAsync(FakeNode node, HttpContext context)
    {
        Interlocked.Increment(ref node.Requests);
        if (node.IsDown(Time))
        {
            context.Abort();
            return;
        }
        context.Response.Headers["X-Elastic-Product"] = "Elasticsearch";
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.Length > 0)
            _authorizations.Enqueue(authorization);
        if (RequiredAuthorization is not null && authorization != RequiredAuthorization)
        {
            await Error(context, 401, "security_exception", "missing authentication credentials for REST request [" + context.Request.Path + "]");
            return;
        }

        var path = context.Request.Path.Value ?? "/";
        if (context.Request.Method == "GET" && path == "/")
        {
            await Json(context, 200, """{"name":"fake","cluster_name":"fake","version":{"number":"8.15.0","build_flavor":"default"},"tagline":"You Know, for Search"}""");
            return;
        }
        if (context.Request.Method == "PUT" && path.StartsWith("/_index_template/", StringComparison.Ordinal))
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            using (JsonDocument.Parse(body)) { }
            if (RefuseTemplates)
            {
                await Error(context, 400, "mapper_parsing_exception", "No handler for type [match_only_text] declared on field [message]");
                return;
            }
            Templates[path["/_index_template/".Length..]] = body;
            await Json(context, 200, """{"acknowledged":true}""");
            return;
        }
        if (context.Request.Method == "POST" && path.EndsWith("/_bulk", StringComparison.Ordinal))
        {
            await BulkAsync(node, context, path.Length > "/_bulk".Length ? path[1..^"/_bulk".Length] : null);
            return;
        }
        await Error(context, 404, "resource_not_found_exception", "no handler found for uri [" + path + "]");
    }

    async Task BulkAsync(FakeNode node, HttpContext context, string? pathIndex)
    {
        var sequence = Interlocked.Increment(ref _sequence);
        var contentType = context.Request.ContentType ?? "";
        if (!contentType.StartsWith("application/x-ndjson", StringComparison.Ordinal) && !contentType.StartsWith("application/json", StringComparison.Ordinal))
        {
            await Error(context, 406, "media_type_header_exception", "Content-Type header [" + contentType + "] is not supported");
            return;
        }

        var compressed = new MemoryStream();
        var fault = RequestFaults?.Invoke(new FakeRequest(sequence, node.Index, context.Request.ContentLength ?? -1));
        if (fault is RequestFault.ResetMidBody)
        {
            var part = new byte[16];
            await context.Request.Body.ReadAtLeastAsync(part, 1, throwOnEndOfStream: false);
            context.Abort();
            return;
        }
        await context.Request.Body.CopyToAsync(compressed);
        compressed.Position = 0;
        byte[] raw;
        if (context.Request.Headers.ContentEncoding.ToString().Contains("gzip", StringComparison.Ordinal))
        {
            using var gzip = new GZipStream(compressed, CompressionMode.Decompress);
            var plain = new MemoryStream();
            await gzip.CopyToAsync(plain);
            raw = plain.ToArray();
        }
        else
        {
            raw = compressed.ToArray();
        }
        if (raw.Length > MaxContentLength)
        {
            context.Response.StatusCode = 413;
            return;
        }
        if (raw.Length == 0 || raw[^1] != (byte)'\n')
        {
            await Error(context, 400, "illegal_argument_exception", "The bulk request must be terminated by a newline [\\n]");
            return;
        }

        var lines = Encoding.UTF8.GetString(raw).Split('\n');
        if (fault is RequestFault.Status status)
        {
            await Error(context, status.Code, status.Code == 429 ? "es_rejected_execution_exception" : "unavailable", "fault plan");
            return;
        }

        var response = new StringBuilder("{\"took\":1,\"errors\":");
        var items = new StringBuilder();
        var errors = false;
        for (var i = 0; i + 1 < lines.Length; i += 2)
        {
            if (i > 0)
                items.Append(',');
            errors |= !Item(lines[i], lines[i + 1], pathIndex, items);
        }
        response.Append(errors ? "true" : "false").Append(",\"items\":[").Append(items).Append("]}");

        if (fault is RequestFault.LoseResponse)
        {
            context.Abort();
            return;
        }
        if (fault is RequestFault.Slow slow)
            await Task.Delay(slow.Delay, Time);
        await Json(context, 200, response.ToString());
    }

    bool Item(string actionLine, string source, string? pathIndex, StringBuilder items)
    {
        using var action = JsonDocument.Parse(actionLine);
        var op = action.RootElement.EnumerateObject().First();
        var id = op.Value.TryGetProperty("_id", out var idElement) ? idElement.GetString()! : Guid.NewGuid().ToString("N");
        var index = op.Value.TryGetProperty("_index", out var indexElement) ? indexElement.GetString() : pathIndex;
        var backing = ".ds-" + index + "-2026.11.25-000001";
        if (index is null)
            return Result(items, op.Name, index, id, 400, "action_request_validation_exception", "index is missing");
        if (op.Name != "create")
            return Result(items, op.Name, backing, id, 400, "illegal_argument_exception", "only write ops with an op_type of create are allowed in data streams");
        var attempt = _attempts.AddOrUpdate(id, 1, (_, n) => n + 1);
        if (ItemFaults?.Invoke(new FakeItem(id, attempt, source)) is { } itemFault)
            return Result(items, op.Name, backing, id, itemFault.Status, itemFault.Type, itemFault.Reason);
        if (_documents.ContainsKey(id))
            return Result(items, op.Name, backing, id, 409, "version_conflict_engine_exception", $"[{id}]: version conflict, document already exists (current version [1])");
        using var document = JsonDocument.Parse(source);
        if (Mapper.TryMap(document.RootElement, id) is { } mappingError)
        {
            if (FailureStore)
            {
                _documents.TryAdd(id, new StoredDocument(id, index, source, InFailureStore: true));
                items.Append("{\"create\":{\"_index\":\".fs-").Append(index).Append("\",\"_id\":\"").Append(id).Append("\",\"status\":201,\"result\":\"created\",\"failure_store\":\"used\"}}");
                ItemStatuses.AddOrUpdate(201, 1, (_, n) => n + 1);
                return true;
            }
            return Result(items, op.Name, backing, id, 400, "mapper_parsing_exception", mappingError);
        }
        if (!_documents.TryAdd(id, new StoredDocument(id, index, source, InFailureStore: false)))
            return Result(items, op.Name, backing, id, 409, "version_conflict_engine_exception", $"[{id}]: version conflict, document already exists (current version [1])");
        return Result(items, op.Name, backing, id, 201, null, null);
    }

    bool Result(StringBuilder items, string op, string? index, string id, int status, string? type, string? reason)
    {
        ItemStatuses.AddOrUpdate(status, 1, (_, n) => n + 1);
        items.Append("{\"").Append(op).Append("\":{\"_index\":").Append(JsonSerializer.Serialize(index)).Append(",\"_id\":").Append(JsonSerializer.Serialize(id)).Append(",\"status\":").Append(status);
        if (type is null)
            items.Append(",\"result\":\"created\",\"_version\":1");
        else
            items.Append(",\"error\":{\"type\":").Append(JsonSerializer.Serialize(type)).Append(",\"reason\":").Append(JsonSerializer.Serialize(reason)).Append('}');
        items.Append("}}");
        return status is 200 or 201;
    }

    static Task Error(HttpContext context, int status, string type, string reason)
        => Json(context, status, $"{{\"error\":{{\"root_cause\":[{{\"type\":\"{type}\",\"reason\":{JsonSerializer.Serialize(reason)}}}],\"type\":\"{type}\",\"reason\":{JsonSerializer.Serialize(reason)}}},\"status\":{status}}}");

    static async Task Json(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes)
            await node.DisposeAsync();
    }
}
