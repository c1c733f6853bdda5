using Serilog.Core;
using Serilog.Events;

namespace LogKit.Prometheus.Tests.Support;

/// <summary>A batched sink whose first batch waits for a gate, so that its queue fills deterministically.</summary>
public sealed class GatedBatchedSink : IBatchedLogEventSink
{
    readonly List<LogEvent> _written = [];

    public ManualResetEventSlim Entered { get; } = new();

    public ManualResetEventSlim Released { get; } = new();

    public int Written
    {
        get
        {
            lock (_written)
                return _written.Count;
        }
    }

    public Task EmitBatchAsync(IReadOnlyCollection<LogEvent> batch)
    {
        Entered.Set();
        Released.Wait();
        lock (_written)
            _written.AddRange(batch);
        return Task.CompletedTask;
    }

    public Task OnEmptyBatchAsync() => Task.CompletedTask;
}
