using LogKit.Elasticsearch.Configuration;
using LogKit.Elasticsearch.Diagnostics;
using LogKit.Elasticsearch.Documents;
using LogKit.Elasticsearch.Transport;
using Serilog.Debugging;

namespace LogKit.Elasticsearch.Delivery;

/// <summary>
/// One delivery round for a set of items: splits them into requests (by count and bytes), sends up to
/// <c>MaxConcurrentRequests</c> at once, and sorts every item by outcome. Accepted (and 409, already
/// stored) items are done; items refused for good go to the dead-letter file; everything retryable is
/// returned for the caller to buffer and retry later with back-off. Within the round: a whole-request
/// failure tries another node first, a 413 halves the request, and a mapping conflict is re-sent once
/// with the offending properties as text.
/// </summary>
internal sealed class BulkDelivery(
    ElasticsearchSettings settings,
    BulkClient client,
    NodePool nodes,
    ElasticsearchMetrics metrics,
    DeadLetterWriter deadLetters,
    AuthFailureReporter auth)
{
    int _unreachableReported;

    /// <summary>Delivers what it can; returns the items to retry later (empty when all are settled).</summary>
    public async Task<List<BulkItem>> DeliverAsync(IReadOnlyList<BulkItem> items, CancellationToken cancellationToken)
    {
        var retry = new List<BulkItem>();
        var chunks = Split(items);
        if (chunks.Count == 1)
        {
            await SendAsync(chunks[0], retry, cancellationToken).ConfigureAwait(false);
            return retry;
        }
        using var gate = new SemaphoreSlim(settings.MaxConcurrentRequests);
        var tasks = chunks.Select(async chunk =>
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await SendAsync(chunk, retry, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        await Task.WhenAll(tasks).ConfigureAwait(false);
        return retry;
    }

    List<List<BulkItem>> Split(IReadOnlyList<BulkItem> items)
    {
        var chunks = new List<List<BulkItem>>();
        var current = new List<BulkItem>();
        long bytes = 0;
        foreach (var item in items)
        {
            if (current.Count > 0 && (current.Count >= settings.BatchSize || bytes + item.Lines.Length > settings.BatchBytes))
            {
                chunks.Add(current);
                current = [];
                bytes = 0;
            }
            current.Add(item);
            bytes += item.Lines.Length;
        }
        if (current.Count > 0)
            chunks.Add(current);
        return chunks;
    }

    async Task SendAsync(List<BulkItem> chunk, List<BulkItem> retryLater, CancellationToken cancellationToken)
    {
        var pending = new Stack<List<BulkItem>>();
        pending.Push(chunk);
        var refused = new List<(BulkItem, string)>();
        while (pending.TryPop(out var part))
        {
            ElasticsearchNode? node = null;
            for (var tried = 1; ; tried++)
            {
                node = nodes.Next(avoid: node);
                var response = await client.SendAsync(node, part, cancellationToken).ConfigureAwait(false);
                var status = response.Status;
                if (status == 200)
                {
                    nodes.MarkAlive(node);
                    auth.Accepted();
                    Interlocked.Exchange(ref _unreachableReported, 0);
                    Sort(part, response.Items, pending, refused, retryLater);
                    break;
                }
                if (status is 0 or 502 or 503 or 504 or 429)
                {
                    // A node that cannot answer is skipped for a while; a busy cluster (429) is not a dead node.
                    if (status != 429)
                        nodes.MarkDead(node);
                    if (tried < nodes.Count)
                        continue;
                    ReportUnreachable(response, node);
                    Later(part, retryLater);
                    break;
                }
                if (status is 401 or 403)
                {
                    auth.Refused(status, node.Display);
                    Later(part, retryLater);
                    break;
                }
                if (status == 413 || status == 400)
                {
                    // Too large, or a request the cluster could not read as a whole: halve until the culprit is alone.
                    if (part.Count > 1)
                    {
                        var half = part.Count / 2;
                        pending.Push(part.GetRange(half, part.Count - half));
                        pending.Push(part.GetRange(0, half));
                    }
                    else
                    {
                        refused.Add((part[0], $"{status} {response.Failure ?? (status == 413 ? "request entity too large" : "bad request")}"));
                    }
                    break;
                }
                // Any other answer (500, 404 for a missing route...) may pass: retry later.
                ReportUnreachable(response, node);
                Later(part, retryLater);
                break;
            }
        }
        if (refused.Count > 0)
            deadLetters.Write(refused);
    }

    void Sort(List<BulkItem> part, ItemResult[] results, Stack<List<BulkItem>> pending, List<(BulkItem, string)> refused, List<BulkItem> retryLater)
    {
        long sent = 0, failureStored = 0;
        List<BulkItem>? again = null;
        List<BulkItem>? later = null;
        for (var i = 0; i < part.Count; i++)
        {
            var item = part[i];
            var result = results[i];
            switch (result.Status)
            {
                case 200 or 201:
                    sent++;
                    if (result.FailureStoreUsed)
                        failureStored++;
                    break;
                case 409:
                    // The id is already stored: an earlier attempt landed and its answer was lost.
                    sent++;
                    break;
                case 429 or >= 500:
                    (later ??= []).Add(item);
                    break;
                case 400 when IsMappingConflict(result.ErrorType) && !item.TextFallback:
                    item.UseTextFallback(TextFallback.Rewrite(item, TextFallback.OffendingProperty(result.Reason)));
                    (again ??= []).Add(item);
                    break;
                default:
                    refused.Add((item, $"{result.Status} {result.ErrorType}: {result.Reason}"));
                    break;
            }
        }
        metrics.DocumentsSent(sent);
        metrics.DocumentsFailureStored(failureStored);
        if (again is not null)
        {
            metrics.DocumentsRetried(again.Count);
            pending.Push(again);
        }
        if (later is not null)
            Later(later, retryLater);
    }

    static bool IsMappingConflict(string? type) => type is "mapper_parsing_exception" or "document_parsing_exception" or "illegal_argument_exception";

    void Later(List<BulkItem> items, List<BulkItem> retryLater)
    {
        metrics.DocumentsRetried(items.Count);
        lock (retryLater)
            retryLater.AddRange(items);
    }

    void ReportUnreachable(BulkResponse response, ElasticsearchNode node)
    {
        if (Interlocked.Exchange(ref _unreachableReported, 1) == 0)
            SelfLog.WriteLine("LogKit sink {0}: the cluster did not take a batch ({1}); events are buffered in {2} and retried with back-off (further failures are only counted)",
                settings.SinkName, response.Status == 0 ? response.Failure : $"{node} answered {response.Status} {response.Failure}", settings.BufferPath);
    }
}
