namespace LogKit.Elasticsearch.Documents;

/// <summary>
/// One event ready for <c>_bulk</c>: its two NDJSON lines (the <c>create</c> action with the event's
/// <c>_id</c>, then the ECS document), each ending with a newline. The id is assigned once, when the
/// event enters the sink, and travels with the lines through retries and the durable buffer.
/// </summary>
internal sealed class BulkItem(string id, ReadOnlyMemory<byte> lines, long timestampTicks)
{
    public string Id { get; } = id;

    /// <summary>The action line and the document line, newline-terminated.</summary>
    public ReadOnlyMemory<byte> Lines { get; private set; } = lines;

    /// <summary>The event's UTC time, for the delivery-lag gauge.</summary>
    public long TimestampTicks { get; } = timestampTicks;

    /// <summary>True once the document was re-written with its conflicting properties as text.</summary>
    public bool TextFallback { get; private set; }

    public ReadOnlyMemory<byte> Document => Lines[(Lines.Span.IndexOf((byte)'\n') + 1)..^1];

    public void UseTextFallback(ReadOnlyMemory<byte> lines)
    {
        Lines = lines;
        TextFallback = true;
    }
}
