using Serilog.Events;

namespace LogKit.Pipeline;

/// <summary>
/// The levels a pipeline processes: its minimum level, per-source-context overrides (longest prefix
/// wins, as Serilog's <c>LevelOverrideMap</c>) and the lowest level any sink takes. A version number
/// changes with every change, so loggers with a source context can cache their level against it.
/// </summary>
internal sealed class LevelMap
{
    // A level above Fatal: nothing is enabled.
    public const int NothingEnabled = (int)LogEventLevel.Fatal + 1;

    readonly Lock _lock = new();
    int _minimumLevel;
    int _enabledFrom = NothingEnabled;
    int _lowestSinkLevel = NothingEnabled;
    int _version;
    KeyValuePair<string, LogEventLevel>[] _overrides = [];   // longest prefix first

    public LevelMap(LogEventLevel minimumLevel) => _minimumLevel = (int)minimumLevel;

    public LogEventLevel MinimumLevel
    {
        get => (LogEventLevel)Volatile.Read(ref _minimumLevel);
        set
        {
            lock (_lock)
            {
                Volatile.Write(ref _minimumLevel, (int)value);
                Publish();
            }
        }
    }

    /// <summary>Changes with every level change; loggers re-read their level when it does.</summary>
    public int Version => Volatile.Read(ref _version);

    /// <summary>True when an event at <paramref name="level"/> passes the pipeline's level and at least one sink's.</summary>
    public bool IsEnabled(LogEventLevel level) => (int)level >= Volatile.Read(ref _enabledFrom);

    /// <summary>The lowest level a logger with this source context processes, overrides applied.</summary>
    public int EnabledFrom(string sourceContext)
    {
        var minimum = Volatile.Read(ref _minimumLevel);
        foreach (var (prefix, level) in Volatile.Read(ref _overrides))
        {
            if (sourceContext.StartsWith(prefix, StringComparison.Ordinal)
                && (sourceContext.Length == prefix.Length || sourceContext[prefix.Length] == '.'))
            {
                minimum = (int)level;
                break;
            }
        }
        return Math.Max(minimum, Volatile.Read(ref _lowestSinkLevel));
    }

    /// <summary>Called by the sink registry whenever its sinks or their levels change.</summary>
    public void SetLowestSinkLevel(int level)
    {
        lock (_lock)
        {
            Volatile.Write(ref _lowestSinkLevel, level);
            Publish();
        }
    }

    public IReadOnlyDictionary<string, LogEventLevel> Overrides
        => Volatile.Read(ref _overrides).ToDictionary(o => o.Key, o => o.Value, StringComparer.Ordinal);

    /// <summary>Adds or replaces the override of one prefix; merged under the lock so that concurrent calls do not race.</summary>
    public void SetOverride(string sourceContext, LogEventLevel level)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceContext);
        if (!Enum.IsDefined(level))
            throw new ArgumentException($"{level} is not a LogEventLevel; use Verbose, Debug, Information, Warning, Error or Fatal.", nameof(level));
        lock (_lock)
            PublishOverrides(_overrides.Where(o => o.Key != sourceContext).Append(new(sourceContext, level)));
    }

    /// <summary>Replaces every override at once, after validating all of them; for a repeated prefix the last entry wins.</summary>
    public void SetOverrides(IEnumerable<KeyValuePair<string, LogEventLevel>> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var byPrefix = new Dictionary<string, LogEventLevel>(StringComparer.Ordinal);
        foreach (var (prefix, level) in overrides)
        {
            if (string.IsNullOrWhiteSpace(prefix))
                throw new ArgumentException("An override needs a source context prefix, for example \"Microsoft\".", nameof(overrides));
            if (!Enum.IsDefined(level))
                throw new ArgumentException($"{level} is not a LogEventLevel; use Verbose, Debug, Information, Warning, Error or Fatal.", nameof(overrides));
            byPrefix[prefix] = level;
        }
        lock (_lock)
            PublishOverrides(byPrefix);
    }

    void PublishOverrides(IEnumerable<KeyValuePair<string, LogEventLevel>> overrides)
    {
        Volatile.Write(ref _overrides, overrides.OrderByDescending(o => o.Key.Length).ToArray());
        Publish();
    }

    void Publish()
    {
        Volatile.Write(ref _enabledFrom, Math.Max(Volatile.Read(ref _minimumLevel), Volatile.Read(ref _lowestSinkLevel)));
        // Loggers with a source context cache their level against this version.
        Interlocked.Increment(ref _version);
    }
}
