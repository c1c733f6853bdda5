using System.Globalization;
using LogKit.Cli.Reading;
using LogKit.Cli.Serve.Index;
using Microsoft.AspNetCore.Http;
using Serilog.Events;
using Serilog.Expressions;

namespace LogKit.Cli.Serve.Query;

/// <summary>
/// One request's selection: a Serilog.Expressions filter, a time range [from, to), the levels shown, and for the
/// event list a page size and a cursor. Parsed from the query string; a bad parameter is an error naming it.
/// </summary>
internal sealed class EventQuery
{
    public const int AllLevels = (1 << LevelSlots.Count) - 1;
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public string Where { get; private init; } = "";

    public Func<LogEvent, bool>? Filter { get; private init; }

    /// <summary>The engine's raw-byte test: a line without the filter's literals is skipped before any JSON parsing.</summary>
    public RawPrefilter Prefilter { get; private init; } = RawPrefilter.None;

    public long FromTicks { get; private init; } = long.MinValue;

    public long ToTicks { get; private init; } = long.MaxValue;

    public int LevelMask { get; private init; } = AllLevels;

    public int Limit { get; private init; } = DefaultLimit;

    public EventKey? Before { get; private init; }

    public bool LevelShown(int level) => (LevelMask & (1 << level)) != 0;

    public static EventQuery All { get; } = new();

    /// <summary>Parses the request's parameters, or returns the first bad one and why.</summary>
    public static EventQuery? TryParse(IQueryCollection query, DateTimeOffset now, out QueryError? error)
    {
        error = null;
        var where = query["where"].ToString();
        Func<LogEvent, bool>? filter = null;
        if (!string.IsNullOrWhiteSpace(where))
        {
            if (!SerilogExpression.TryCompile(where, out var compiled, out var message))
            {
                error = new QueryError("where", message ?? "The expression does not parse.");
                return null;
            }
            filter = e =>
            {
                try
                {
                    return ExpressionResult.IsTrue(compiled(e));
                }
                catch (Exception)
                {
                    // Serilog.Expressions does not throw for missing properties; anything else is a non-match.
                    return false;
                }
            };
        }

        var from = long.MinValue;
        if (query["from"].ToString() is { Length: > 0 } fromText && !TimeArgument.TryParse(fromText, now, out from))
        {
            error = new QueryError("from", $"'{fromText}' is not a time: use ISO 8601 (2026-11-25T10:00:00Z), now, or a duration back from now (15m, 2h, 7d).");
            return null;
        }
        var to = long.MaxValue;
        if (query["to"].ToString() is { Length: > 0 } toText && !TimeArgument.TryParse(toText, now, out to))
        {
            error = new QueryError("to", $"'{toText}' is not a time: use ISO 8601 (2026-11-25T10:00:00Z), now, or a duration back from now (15m, 2h, 7d).");
            return null;
        }

        var mask = AllLevels;
        if (query["levels"].ToString() is { Length: > 0 } levelsText)
        {
            mask = 0;
            foreach (var name in levelsText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (name.Equals("none", StringComparison.OrdinalIgnoreCase))
                    continue; // every level toggled off
                if (!Levels.TryParse(name, out var level))
                {
                    error = new QueryError("levels", $"'{name}' is not a level: use Verbose, Debug, Information, Warning, Error, Fatal.");
                    return null;
                }
                mask |= 1 << (int)level;
            }
        }

        var limit = DefaultLimit;
        if (query["limit"].ToString() is { Length: > 0 } limitText
            && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > MaxLimit))
        {
            error = new QueryError("limit", $"limit is a number from 1 to {MaxLimit}.");
            return null;
        }

        EventKey? before = null;
        if (query["before"].ToString() is { Length: > 0 } beforeText)
        {
            if (EventKey.TryParse(beforeText, out var key))
                before = key;
            else if (TimeArgument.TryParse(beforeText, now, out var beforeTicks))
                before = new EventKey(beforeTicks, int.MinValue, long.MinValue);
            else
            {
                error = new QueryError("before", "before is a cursor from a previous page (next) or a time.");
                return null;
            }
        }

        return new EventQuery { Where = where.Trim(), Filter = filter, Prefilter = filter is null ? RawPrefilter.None : RawPrefilter.ForFilter(where), FromTicks = from, ToTicks = to, LevelMask = mask, Limit = limit, Before = before };
    }
}
