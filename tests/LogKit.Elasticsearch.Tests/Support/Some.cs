using Serilog.Events;
using Serilog.Parsing;

namespace LogKit.Elasticsearch.Tests.Support;

/// <summary>Throwaway events and values.</summary>
public static class Some
{
    static readonly MessageTemplateParser Parser = new();
    static readonly MessageTemplate Numbered = Parser.Parse("Event {N} of {Batch}");

    /// <summary>An Information event "Event {N} of {Batch}" whose N identifies it.</summary>
    public static LogEvent Event(int n, string batch = "b", DateTimeOffset? time = null)
        => new(time ?? DateTimeOffset.UtcNow, LogEventLevel.Information, null, Numbered,
            [new LogEventProperty("N", new ScalarValue(n)), new LogEventProperty("Batch", new ScalarValue(batch))]);

    public static LogEvent Event(string template, params (string Name, object? Value)[] properties)
        => new(DateTimeOffset.UtcNow, LogEventLevel.Information, null, Parser.Parse(template),
            properties.Select(p => new LogEventProperty(p.Name, p.Value as LogEventPropertyValue ?? new ScalarValue(p.Value))));

    public static List<LogEvent> Events(int from, int count, string batch = "b")
        => Enumerable.Range(from, count).Select(n => Event(n, batch)).ToList();
}
