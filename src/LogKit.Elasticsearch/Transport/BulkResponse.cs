using System.Text.Json;

namespace LogKit.Elasticsearch.Transport;

/// <summary>What one <c>_bulk</c> request came back with.</summary>
internal sealed class BulkResponse
{
    /// <summary>The HTTP status, or 0 when no response arrived (refused, reset, timed out).</summary>
    public int Status { get; init; }

    /// <summary>Why no response arrived, safe to print (no credentials: nodes are addressed without them).</summary>
    public string? Failure { get; init; }

    /// <summary>Per-item results in request order, when the status is 200.</summary>
    public ItemResult[] Items { get; init; } = [];

    public static BulkResponse Unreachable(string failure) => new() { Failure = failure };

    public static BulkResponse Parse(int status, ReadOnlySpan<byte> body, int expectedItems)
    {
        if (status != 200)
            return new BulkResponse { Status = status, Failure = ErrorOf(body) };
        using var document = JsonDocument.Parse(body.ToArray());
        if (!document.RootElement.TryGetProperty("items", out var itemsElement) || itemsElement.GetArrayLength() != expectedItems)
            return new BulkResponse { Status = 502, Failure = "the response did not list one result per item" };
        var items = new ItemResult[expectedItems];
        var i = 0;
        foreach (var wrapper in itemsElement.EnumerateArray())
        {
            var result = wrapper.EnumerateObject().First().Value;
            var itemStatus = result.TryGetProperty("status", out var s) ? s.GetInt32() : 500;
            string? type = null, reason = null;
            if (result.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                type = error.TryGetProperty("type", out var t) ? t.GetString() : null;
                reason = error.TryGetProperty("reason", out var r) ? r.GetString() : null;
            }
            var failureStore = result.TryGetProperty("failure_store", out var fs) && fs.ValueKind == JsonValueKind.String && fs.GetString() == "used";
            items[i++] = new ItemResult(itemStatus, type, reason, failureStore);
        }
        return new BulkResponse { Status = 200, Items = items };
    }

    static string? ErrorOf(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
            return null;
        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            if (document.RootElement.TryGetProperty("error", out var error))
            {
                if (error.ValueKind == JsonValueKind.Object)
                    return $"{(error.TryGetProperty("type", out var t) ? t.GetString() : "error")}: {(error.TryGetProperty("reason", out var r) ? r.GetString() : "")}";
                return error.ToString();
            }
        }
        catch (JsonException)
        {
        }
        return null;
    }
}

/// <summary>One item's result: its status, and the error's type and reason when it failed.</summary>
internal readonly record struct ItemResult(int Status, string? ErrorType, string? Reason, bool FailureStoreUsed);
