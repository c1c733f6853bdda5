using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace LogKit.Tests.Support;

/// <summary>
/// A Serilog batched sink that records every batch and every call (emit, empty, dispose) in order.
/// <see cref="OnBatch"/> runs inside <c>EmitBatchAsync</c>: tests hold or fail batches with it.
/// </summary>
public sealed class CollectingBatchedSink : IBatchedLogEventSink, IAsyncDisposable
{
    readonly ConcurrentQueue<IReadOnlyList<LogEvent>> _batches = new();
    readonly ConcurrentQueue<string> _calls = new();
    readonly SemaphoreSlim _called = new(0);

    public Action<IReadOnlyList<LogEvent>>? OnBatch { get; set; }

    public IReadOnlyList<IReadOnlyList<LogEvent>> Batches => _batches.ToArray();

    public IReadOnlyList<string> Calls => _calls.ToArray();

    public IReadOnlyList<int> Numbers => Batches.SelectMany(b => b).Select(e => (int)((ScalarValue)e.Properties["N"]).Value!).ToArray();

    public Task EmitBatchAsync(IReadOnlyCollection<LogEvent> batch)
    {
        var copy = batch.ToArray();
        OnBatch?.Invoke(copy);
        _batches.Enqueue(copy);
        Record("emit " + copy.Length);
        return Task.CompletedTask;
    }

    public Task OnEmptyBatchAsync()
    {
        Record("empty");
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        Record("dispose");
        return ValueTask.CompletedTask;
    }

    /// <summary>Waits (at most ten seconds) until the sink has been called <paramref name="count"/> more times.</summary>
    public async Task WaitForCalls(int count = 1)
    {
        for (var i = 0; i < count; i++)
            (await _called.WaitAsync(TimeSpan.FromSeconds(10))).Should().BeTrue("the sink should have been called");
    }

    void Record(string call)
    {
        _calls.Enqueue(call);
        _called.Release();
    }
}
