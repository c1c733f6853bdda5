using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Serilog.Events;

namespace LogKit.Extensions.Logging;

/// <summary>
/// Writes a Microsoft.Extensions.Logging event whose state is MEL's formatted-values list straight to the
/// pipeline through its structured write, without a Serilog <c>LogEvent</c>: the <c>{OriginalFormat}</c> is the
/// template, the pairs are its properties (<c>@Name</c> destructured, <c>$Name</c> stringified, by the
/// template's own operators); <c>EventId</c> and <c>SourceContext</c> are bound once to the category's logger
/// (per event id), in the order and shape Serilog.Extensions.Logging gives them, so the output is the same
/// byte for byte and nothing is allocated for them per event.
/// </summary>
internal sealed class NativeWriter(LogPipeline pipeline, Logger categoryLogger)
{

    static readonly ConcurrentDictionary<string, string> s_unprefixed = new(StringComparer.Ordinal);

    // The category's logger with the EventId bound, per id and name (EventId's own equality compares the id alone).
    readonly ConcurrentDictionary<(int Id, string? Name), Logger> _eventLoggers = new();

    /// <summary>Writes the event when <typeparamref name="TState"/> is a formatted-values list; false to take the general mapping.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryWrite<TState>(LogEventLevel level, EventId eventId, ref TState state, Exception? exception)
    {
        var reader = FormattedValuesReader<TState>.Instance;
        if (reader is null)
            return false;
        var buffer = new PairBuffer();
        Span<KeyValuePair<string, object?>> pairs = buffer;
        var count = reader.Read(ref state, pairs, out var template);
        if (count < 0 || HasRepeatedName(pairs[..count]))
            return false;
        Write(level, eventId, exception, template, pairs, count);
        return true;
    }

    void Write(LogEventLevel level, EventId eventId, Exception? exception, string template, Span<KeyValuePair<string, object?>> pairs, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var key = pairs[i].Key;
            if (key is { Length: > 1 } && key[0] is '@' or '$')
                pairs[i] = new(Unprefixed(key), pairs[i].Value);
        }
        var logger = eventId.Id == 0 && eventId.Name is null ? categoryLogger : LoggerFor(eventId);
        pipeline.Write(logger, level, exception, template, pairs[..count], default, default);
    }

    // A repeated name ("{A} and {A}") takes the general mapping, where the last value wins as in Serilog.Extensions.Logging.
    static bool HasRepeatedName(Span<KeyValuePair<string, object?>> pairs)
    {
        for (var i = 1; i < pairs.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(pairs[i].Key, pairs[j].Key, StringComparison.Ordinal))
                    return true;
            }
        }
        return false;
    }

    // As Serilog.Extensions.Logging: "@Name" and "$Name" name the property "Name"; the template's operator does the rest.
    static string Unprefixed(string key)
    {
        if (s_unprefixed.TryGetValue(key, out var name))
            return name;
        return s_unprefixed.Count < 1000 ? s_unprefixed.GetOrAdd(key, k => k[1..]) : key[1..];
    }

    Logger LoggerFor(EventId eventId)
    {
        if (_eventLoggers.TryGetValue((eventId.Id, eventId.Name), out var logger))
            return logger;
        // Serilog.Extensions.Logging's shape: a structure with Id (unless 0) and Name (unless null), no type tag.
        object value = eventId.Name is null ? new { eventId.Id } : eventId.Id == 0 ? new { eventId.Name } : new { eventId.Id, eventId.Name };
        logger = categoryLogger.ForContext("EventId", value, destructureObjects: true);
        if (_eventLoggers.Count < 1000)
            _eventLoggers.TryAdd((eventId.Id, eventId.Name), logger);
        return logger;
    }

    [InlineArray(Length)]
    struct PairBuffer
    {
        public const int Length = 16;

        KeyValuePair<string, object?> _first;
    }
}
