using LogKit.Pipeline;
using Serilog.Events;

namespace LogKit;

/// <summary>
/// A sink attached to a <see cref="LogPipeline"/>. Dispose it to remove that sink only: it is
/// flushed first, so nothing it accepted is lost. A second dispose does nothing.
/// </summary>
public sealed class LogSinkHandle : IDisposable, IAsyncDisposable
{
    readonly SinkRegistry _registry;
    int _level;
    int _removed;

    internal LogSinkHandle(SinkRegistry registry, PipelineSink sink, SinkOptions options, string name)
    {
        _registry = registry;
        Sink = sink;
        Name = name;
        Filter = options.Filter;
        _level = (int)options.MinimumLevel;
    }

    /// <summary>The sink's name, as given in <see cref="SinkOptions.Name"/> or derived from its kind.</summary>
    public string Name { get; }

    /// <summary>The lowest level this sink receives; setting it takes effect for the next event.</summary>
    public LogEventLevel MinimumLevel
    {
        get => (LogEventLevel)Volatile.Read(ref _level);
        set
        {
            Volatile.Write(ref _level, (int)value);
            _registry.SinkLevelsChanged();
        }
    }

    /// <summary>How many events this sink has accepted, written, dropped and failed so far.</summary>
    public LogCounters Counters => Sink.Counters.Snapshot();

    /// <summary>True once the sink has been removed from its pipeline.</summary>
    public bool IsRemoved => Volatile.Read(ref _removed) != 0;

    internal PipelineSink Sink { get; }

    internal Func<LogEvent, bool>? Filter { get; }

    /// <summary>The level as an int, read on every event.</summary>
    internal int Level => _level;

    /// <summary>Waits until every event this sink accepted so far is written.</summary>
    /// <param name="cancellationToken">Stops waiting (the events are still written).</param>
    /// <returns>A task that completes when the sink has caught up.</returns>
    public Task FlushAsync(CancellationToken cancellationToken = default) => Sink.FlushAsync(cancellationToken);

    /// <summary>Removes the sink from its pipeline after writing everything it accepted.</summary>
    public void Dispose() => _registry.Remove(this);

    /// <summary>Removes the sink from its pipeline after writing everything it accepted, without blocking a thread while it drains.</summary>
    /// <returns>A task that completes when the sink is closed.</returns>
    public ValueTask DisposeAsync() => _registry.RemoveAsync(this);

    internal bool MarkRemoved() => Interlocked.Exchange(ref _removed, 1) == 0;

    /// <inheritdoc />
    public override string ToString() => Name;
}
