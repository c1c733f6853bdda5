using Serilog.Core;
using Serilog.Events;

namespace LogKit.Soak;

/// <summary>A sink that throws while <see cref="Failing"/> is set, and counts what it got and what it threw.</summary>
public sealed class ThrowingSink : ILogEventSink
{
    long _received;
    long _thrown;

    public volatile bool Failing;

    public long Received => Interlocked.Read(ref _received);

    public long Thrown => Interlocked.Read(ref _thrown);

    public void Emit(LogEvent logEvent)
    {
        Interlocked.Increment(ref _received);
        if (Failing)
        {
            Interlocked.Increment(ref _thrown);
            throw new IOException("soak: the sink is failing on purpose");
        }
    }
}

/// <summary>A batched sink that stops answering while <see cref="Hanging"/> is set, as a stuck network sink does.</summary>
public sealed class HangingSink : IBatchedLogEventSink
{
    long _received;

    public volatile bool Hanging;

    public long Received => Interlocked.Read(ref _received);

    public async Task EmitBatchAsync(IReadOnlyCollection<LogEvent> batch)
    {
        while (Hanging)
            await Task.Delay(50);
        Interlocked.Add(ref _received, batch.Count);
    }

    public Task OnEmptyBatchAsync() => Task.CompletedTask;
}
