using LogKit.Capturing;
using LogKit.Core;
using Serilog.Events;

namespace LogKit.Tests.Support;

/// <summary>Pipeline entries built directly, for tests of sinks in isolation.</summary>
internal static class Entries
{
    public static LogEntry Information(string template) => new()
    {
        Timestamp = DateTimeOffset.UtcNow,
        Level = LogEventLevel.Information,
        Template = TemplateCache.Get(template),
        Bound = PropertySet.Empty,
        Context = PropertySet.Empty,
        Global = PropertySet.Empty,
        LocalTimeZone = TimeZoneInfo.Utc,
    };
}
