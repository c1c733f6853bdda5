using Serilog;

namespace LogKit.Operations;

/// <summary>The clock an operation is timed with: its pipeline's, so that tests control it; else the system's.</summary>
internal static class OperationClock
{
    public static TimeProvider Of(ILogger logger) => logger is Logger own ? own.Pipeline.TimeProvider : TimeProvider.System;
}
