using System.Buffers;
using LogKit.Elasticsearch.Documents;

namespace LogKit.Elasticsearch.Buffer;

/// <summary>One record read back from the durable buffer: its items, sliced from a pooled array.</summary>
internal sealed class BufferedBatch(BufferRecord record, byte[] payload) : IDisposable
{
    static ReadOnlySpan<byte> IdStart => "\"_id\":\""u8;

    byte[]? _payload = payload;

    public BufferRecord Record { get; } = record;

    /// <summary>The record's events, each with the id it was given when it entered the sink.</summary>
    public List<BulkItem> Items()
    {
        var memory = _payload!.AsMemory(0, Record.PayloadLength);
        var items = new List<BulkItem>(Record.Count);
        var position = 0;
        while (position < memory.Length)
        {
            var span = memory.Span[position..];
            var actionEnd = span.IndexOf((byte)'\n');
            if (actionEnd < 0)
                break;
            var documentEnd = span[(actionEnd + 1)..].IndexOf((byte)'\n');
            if (documentEnd < 0)
                break;
            var length = actionEnd + 1 + documentEnd + 1;
            var action = span[..actionEnd];
            var idAt = action.IndexOf(IdStart) + IdStart.Length;
            var idLength = action[idAt..].IndexOf((byte)'"');
            var id = System.Text.Encoding.UTF8.GetString(action.Slice(idAt, idLength));
            items.Add(new BulkItem(id, memory.Slice(position, length), Record.OldestTicks));
            position += length;
        }
        return items;
    }

    public void Dispose()
    {
        var payload = Interlocked.Exchange(ref _payload, null);
        if (payload is not null)
            ArrayPool<byte>.Shared.Return(payload);
    }
}
