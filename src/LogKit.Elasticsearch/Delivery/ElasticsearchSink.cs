using LogKit.Elasticsearch.Bootstrap;
using LogKit.Elasticsearch.Buffer;
using LogKit.Elasticsearch.Configuration;
using LogKit.Elasticsearch.Diagnostics;
using LogKit.Elasticsearch.Documents;
using LogKit.Elasticsearch.Transport;
using Serilog.Core;
using Serilog.Debugging;
using Serilog.Events;

namespace LogKit.Elasticsearch.Delivery;

/// <summary>
/// The Elasticsearch sink, a Serilog batched sink on LogKit's background queue. Each batch is
/// rendered once (ids assigned here, before any send) and sent directly while the cluster is healthy
/// and nothing is buffered; whatever is not settled (an unreachable cluster, retryable items) is
/// appended to the durable buffer before <see cref="EmitBatchAsync"/> returns, and a replay loop
/// delivers the buffer in order with back-off. So a batch is always delivered or durable when the
/// queue moves on, and the queue never waits on a down cluster for longer than one request.
/// </summary>
internal sealed class ElasticsearchSink : IBatchedLogEventSink, IAsyncDisposable, IDisposable
{
    readonly ElasticsearchSettings _settings;
    readonly DurableBuffer _buffer;
    readonly BulkClient _client;
    readonly NodePool _nodes;
    readonly BulkDelivery _delivery;
    readonly EcsDocumentWriter _documents;
    readonly CancellationTokenSource _stop = new();
    readonly SemaphoreSlim _wake = new(0);
    readonly Task _replay;
    long _directOldestTicks = long.MaxValue;
    volatile bool _ready;
    volatile bool _closing;
    int _disposed;

    public ElasticsearchSink(ElasticsearchSettings settings)
    {
        _settings = settings;
        Metrics = new ElasticsearchMetrics(settings.SinkName);
        try
        {
            _buffer = DurableBuffer.Open(settings.BufferPath, settings.MaxBufferSize, message => SelfLog.WriteLine("LogKit sink {0}: {1}", settings.SinkName, message));
        }
        catch (IOException e)
        {
            throw new ArgumentException($"BufferPath '{settings.BufferPath}' is in use by another sink or process ({e.Message}); give each process its own BufferPath.", nameof(ElasticsearchSinkOptions.BufferPath), e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ArgumentException($"BufferPath '{settings.BufferPath}' cannot be used: {e.Message}", nameof(ElasticsearchSinkOptions.BufferPath), e);
        }
        _client = new BulkClient(settings, Metrics);
        _nodes = new NodePool(settings.Nodes, settings.TimeProvider);
        DeadLetters = new DeadLetterWriter(_buffer.DeadLetterPath, settings.SinkName, Metrics);
        _delivery = new BulkDelivery(settings, _client, _nodes, Metrics, DeadLetters, new AuthFailureReporter(settings.SinkName));
        _documents = new EcsDocumentWriter(settings);
        _ready = !settings.BootstrapTemplate;
        Metrics.Observe(() => _buffer.Bytes, DeliveryLag);
        _replay = Task.Run(ReplayLoopAsync);
    }

    public ElasticsearchMetrics Metrics { get; }

    public DeadLetterWriter DeadLetters { get; }

    public DurableBuffer Buffer => _buffer;

    public async Task EmitBatchAsync(IReadOnlyCollection<LogEvent> batch)
    {
        using var output = new PooledBufferWriter(Math.Max(4096, batch.Count * 768));
        var items = Render(batch, output);
        if (items.Count == 0)
            return;
        if (!_ready || _closing || !_buffer.IsEmpty)
        {
            Spill(items);
            return;
        }
        Interlocked.Exchange(ref _directOldestTicks, items[0].TimestampTicks);
        try
        {
            var retry = await _delivery.DeliverAsync(items, _stop.Token).ConfigureAwait(false);
            Spill(retry);
        }
        catch (OperationCanceledException)
        {
            // Shutting down mid-send: keep them all; what already landed answers 409 next time.
            Spill(items);
        }
        finally
        {
            Interlocked.Exchange(ref _directOldestTicks, long.MaxValue);
        }
    }

    public Task OnEmptyBatchAsync() => Task.CompletedTask;

    List<BulkItem> Render(IReadOnlyCollection<LogEvent> batch, PooledBufferWriter output)
    {
        var bounds = new List<(string Id, int Start, int Length, long Ticks)>(batch.Count);
        foreach (var logEvent in batch)
        {
            var start = output.WrittenCount;
            try
            {
                var id = EventIds.New(logEvent.Timestamp);
                _documents.Write(logEvent, id, output);
                bounds.Add((id, start, output.WrittenCount - start, logEvent.Timestamp.UtcTicks));
            }
            catch (Exception e)
            {
                // One event that cannot be rendered (a property whose ToString throws) never costs the others.
                Metrics.DocumentsFailed(1, "render");
                SelfLog.WriteLine("LogKit sink {0}: an event could not be rendered and was dropped: {1}", _settings.SinkName, e);
                RewindTo(output, start);
            }
        }
        // Slices are taken once the buffer stops growing, so they all point into its final array.
        var memory = output.Array.AsMemory();
        var items = new List<BulkItem>(bounds.Count);
        foreach (var (id, start, length, ticks) in bounds)
            items.Add(new BulkItem(id, memory.Slice(start, length), ticks));
        return items;
    }

    static void RewindTo(PooledBufferWriter output, int position)
    {
        output.Clear();
        output.Advance(position);
    }

    void Spill(List<BulkItem> items)
    {
        if (items.Count == 0)
            return;
        try
        {
            var dropped = _buffer.Append(items);
            Metrics.DocumentsBuffered(items.Count);
            if (dropped > 0)
            {
                Metrics.DocumentsFailed(dropped, "buffer_full");
                SelfLog.WriteLine("LogKit sink {0}: the durable buffer reached MaxBufferSize; the {1} oldest buffered event(s) were dropped", _settings.SinkName, dropped);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            Metrics.DocumentsFailed(items.Count, "buffer_write");
            SelfLog.WriteLine("LogKit sink {0}: {1} event(s) could not be buffered and are lost: {2}", _settings.SinkName, items.Count, e.Message);
        }
        _wake.Release();
    }

    async Task ReplayLoopAsync()
    {
        var token = _stop.Token;
        var attempt = 0;
        try
        {
            while (!token.IsCancellationRequested)
            {
                if (!_ready)
                {
                    _ready = await BootstrapAsync(token).ConfigureAwait(false);
                    if (!_ready)
                    {
                        await Task.Delay(Backoff.Delay(++attempt, _settings.InitialBackoff, _settings.MaxBackoff, Random.Shared.NextDouble()), _settings.TimeProvider, token).ConfigureAwait(false);
                        continue;
                    }
                    attempt = 0;
                }
                var batches = _buffer.ReadOldest(_settings.MaxConcurrentRequests, _settings.BatchSize * _settings.MaxConcurrentRequests);
                if (batches.Count == 0)
                {
                    if (_closing)
                        return;
                    await _wake.WaitAsync(_settings.FlushInterval, token).ConfigureAwait(false);
                    continue;
                }
                try
                {
                    var items = batches.SelectMany(b => b.Items()).ToList();
                    while (items.Count > 0)
                    {
                        items = await _delivery.DeliverAsync(items, token).ConfigureAwait(false);
                        if (items.Count > 0)
                            await Task.Delay(Backoff.Delay(++attempt, _settings.InitialBackoff, _settings.MaxBackoff, Random.Shared.NextDouble()), _settings.TimeProvider, token).ConfigureAwait(false);
                    }
                    attempt = 0;
                    _buffer.Acknowledge(batches);
                }
                finally
                {
                    _buffer.Release();
                    foreach (var batch in batches)
                        batch.Dispose();
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            SelfLog.WriteLine("LogKit sink {0}: the replay loop stopped; buffered events stay in {1} for the next start: {2}", _settings.SinkName, _settings.BufferPath, e);
        }
    }

    async Task<bool> BootstrapAsync(CancellationToken token)
    {
        var node = _nodes.Next();
        using var content = IndexTemplate.Content(_settings.DataStream);
        var response = await _client.SendAsync(node, HttpMethod.Put, "_index_template/" + IndexTemplate.Name(_settings.DataStream), content, 0, token).ConfigureAwait(false);
        if (response.Status is >= 200 and < 300)
            return true;
        if (response.Status == 0)
            _nodes.MarkDead(node);
        var reason = response.Status == 0 ? response.Failure : $"{node} answered {response.Status} {response.Failure}";
        if (response.Status is >= 400 and < 500 and not (401 or 403 or 408 or 429))
        {
            // The cluster will never take this template (OpenSearch lacks some of its field types): ship without it.
            SelfLog.WriteLine("LogKit sink {0}: the cluster refused the index template ({1}); documents are sent without it", _settings.SinkName, reason);
            return true;
        }
        SelfLog.WriteLine("LogKit sink {0}: installing the index template failed ({1}); events are buffered until it succeeds", _settings.SinkName, reason);
        return false;
    }

    TimeSpan DeliveryLag()
    {
        var oldest = Math.Min(Interlocked.Read(ref _directOldestTicks), _buffer.OldestTicks ?? long.MaxValue);
        if (oldest == long.MaxValue)
            return TimeSpan.Zero;
        var lag = _settings.TimeProvider.GetUtcNow().UtcTicks - oldest;
        return TimeSpan.FromTicks(Math.Max(0, lag));
    }

    /// <summary>
    /// Keeps delivering the buffer for up to ShutdownTimeout, then stops; what is left stays on disk.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        _closing = true;
        _wake.Release();
        using (var deadline = new CancellationTokenSource(_settings.ShutdownTimeout, _settings.TimeProvider))
        using (deadline.Token.Register(_stop.Cancel))
            await _replay.ConfigureAwait(false);
        _stop.Cancel();
        Metrics.Dispose();
        _client.Dispose();
        _buffer.Dispose();
        _stop.Dispose();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
