using Serilog.Events;

namespace LogKit.Serve.Tests.Support;

/// <summary>One event of a generated log folder, as the tests expect to find it.</summary>
public sealed record SampleEvent(int Number, DateTimeOffset Timestamp, LogEventLevel Level, string Template, string User, string Message, string Line);
