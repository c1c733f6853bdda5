using LogKit.Diagnostics;

namespace LogKit.Pipeline;

/// <summary>
/// A pipeline's sinks: attach, detach, retire. Readers take the current array without a lock; every
/// change publishes a new array and tells the <see cref="LevelMap"/> the lowest sink level.
/// <see cref="Remove"/> (and <see cref="RemoveAsync"/>) is the one removal path: a handle's dispose
/// and the pipeline's close both go through it.
/// </summary>
internal sealed class SinkRegistry
{
    readonly Lock _lock = new();
    readonly LevelMap _levels;
    LogSinkHandle[] _sinks = [];
    readonly List<LogSinkHandle> _closingSinks = [];
    // The counters of removed sinks, kept (a few bytes each) rather than snapshots: a logging call
    // that read the sink list just before a removal may still count into them.
    readonly List<SinkCounters> _removedSinkCounters = [];
    // The sinks being built by a replacement; while set, Attach stages new sinks here instead of
    // publishing them. One replacement at a time.
    List<LogSinkHandle>? _replacement;

    public SinkRegistry(LevelMap levels) => _levels = levels;

    /// <summary>The attached sinks, in the order events reach them.</summary>
    public LogSinkHandle[] Current => Volatile.Read(ref _sinks);

    /// <summary>Counts summed over every sink ever attached, removed ones included.</summary>
    public LogCounters Counters
    {
        get
        {
            var total = default(LogCounters);
            lock (_lock)
            {
                foreach (var removed in _removedSinkCounters)
                    total += removed.Snapshot();
                foreach (var closing in _closingSinks)
                    total += closing.Counters;
                foreach (var sink in _sinks)
                    total += sink.Counters;
            }
            return total;
        }
    }

    public LogSinkHandle Attach(PipelineSink sink, SinkOptions options, string name)
    {
        lock (_lock)
        {
            if (_replacement is { } staged)
            {
                var stagedHandle = new LogSinkHandle(this, sink, options, UniqueName(name, staged));
                LogKitInstruments.SinkAttached(stagedHandle.Name, sink.Counters, sink.Metrics, (options as QueuedSinkOptions)?.QueueCapacity);   // metrics
                staged.Add(stagedHandle);
                return stagedHandle;
            }
            var handle = new LogSinkHandle(this, sink, options, UniqueName(name, _sinks));
            LogKitInstruments.SinkAttached(handle.Name, sink.Counters, sink.Metrics, (options as QueuedSinkOptions)?.QueueCapacity);   // metrics
            Volatile.Write(ref _sinks, [.. _sinks, handle]);
            SinkLevelsChanged();
            return handle;
        }
    }

    /// <summary>Detaches the sink, writes what it accepted, closes it and keeps its final counts. Does nothing the second time.</summary>
    public void Remove(LogSinkHandle handle)
    {
        if (!handle.MarkRemoved())
            return;
        Detach(handle);
        handle.Sink.Close();
        Retire(handle);
    }

    /// <summary>As <see cref="Remove"/>, without blocking a thread while the sink drains.</summary>
    public async ValueTask RemoveAsync(LogSinkHandle handle)
    {
        if (!handle.MarkRemoved())
            return;
        Detach(handle);
        await handle.Sink.CloseAsync().ConfigureAwait(false);
        Retire(handle);
    }

    /// <summary>Detaches every sink at once, then closes them one after another on this thread.</summary>
    public void RemoveAll()
    {
        var detached = DetachAll();
        foreach (var handle in detached)
        {
            handle.Sink.Close();
            Retire(handle);
        }
    }

    /// <summary>Detaches every sink at once, then lets them drain in parallel.</summary>
    public async Task RemoveAllAsync()
    {
        var detached = DetachAll();
        var closes = new Task[detached.Length];
        for (var i = 0; i < detached.Length; i++)
            closes[i] = detached[i].Sink.CloseAsync().AsTask();
        await Task.WhenAll(closes).ConfigureAwait(false);
        foreach (var handle in detached)
            Retire(handle);
    }

    /// <summary>Starts staging: sinks attached from now on are kept out of dispatch until <see cref="CommitReplacement"/>.</summary>
    /// <exception cref="InvalidOperationException">A replacement is already being built.</exception>
    public List<LogSinkHandle> BeginReplacement()
    {
        lock (_lock)
        {
            if (_replacement != null)
                throw new InvalidOperationException("ReplaceSinks was called from inside another ReplaceSinks; add the sinks directly.");
            return _replacement = [];
        }
    }

    /// <summary>Stops staging (the staged list stays with the caller).</summary>
    public void EndReplacement()
    {
        lock (_lock)
            _replacement = null;
    }

    /// <summary>
    /// Swaps every current sink for the staged ones in one step, then closes the old ones after they
    /// have written everything they accepted, through the same detach/close/retire steps as <see cref="Remove"/>.
    /// </summary>
    public LogSinkHandle[] CommitReplacement(List<LogSinkHandle> staged)
    {
        LogSinkHandle[] old;
        var added = staged.Where(h => !h.IsRemoved).ToArray();
        lock (_lock)
        {
            old = _sinks.Where(h => h.MarkRemoved()).ToArray();
            _closingSinks.AddRange(old);
            Volatile.Write(ref _sinks, [.. _sinks.Where(h => !old.Contains(h)), .. added]);
            SinkLevelsChanged();
        }
        foreach (var handle in old)
        {
            handle.Sink.Close();
            Retire(handle);
        }
        return added;
    }

    /// <summary>While a replacement is being built, the current sink that <paramref name="match"/> picks; otherwise null.</summary>
    public LogSinkHandle? FindCurrentWhileReplacing(Func<LogSinkHandle, bool> match)
    {
        lock (_lock)
            return _replacement is null ? null : _sinks.FirstOrDefault(match);
    }

    /// <summary>Recomputes the lowest sink level; called when a sink is added, removed or changes level.</summary>
    public void SinkLevelsChanged()
    {
        lock (_lock)
        {
            var lowest = LevelMap.NothingEnabled;
            foreach (var sink in _sinks)
                lowest = Math.Min(lowest, sink.Level);
            _levels.SetLowestSinkLevel(lowest);
        }
    }

    void Detach(LogSinkHandle handle)
    {
        lock (_lock)
        {
            var index = Array.IndexOf(_sinks, handle);
            if (index < 0)
                return;
            Volatile.Write(ref _sinks, [.. _sinks.AsSpan(0, index), .. _sinks.AsSpan(index + 1)]);
            // The sink keeps counting while it drains: it stays in the totals as a closing sink
            // until Retire adds its final counts, so the totals never go backwards.
            _closingSinks.Add(handle);
            SinkLevelsChanged();
        }
    }

    void Retire(LogSinkHandle handle)
    {
        lock (_lock)
        {
            if (_closingSinks.Remove(handle))
                _removedSinkCounters.Add(handle.Sink.Counters);
                LogKitInstruments.SinkRetired(handle.Sink.Metrics);   // metrics
        }
    }

    LogSinkHandle[] DetachAll()
    {
        var detached = new List<LogSinkHandle>();
        foreach (var handle in Current)
        {
            if (handle.MarkRemoved())
            {
                Detach(handle);
                detached.Add(handle);
            }
        }
        return detached.ToArray();
    }

    static string UniqueName(string name, IEnumerable<LogSinkHandle> others)
    {
        var unique = name;
        for (var n = 2; others.Any(s => s.Name == unique); n++)
            unique = name + "#" + n;
        return unique;
    }
}
