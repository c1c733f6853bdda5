using Serilog.Debugging;

namespace LogKit.Extensions.Logging;

/// <summary>The flush at a host's shutdown: bounded by the pipeline's <see cref="LogPipeline.ShutdownTimeout"/>, so a stuck sink cannot hang it.</summary>
internal static class ShutdownFlush
{
    public static void Run(LogPipeline pipeline)
    {
        if (!pipeline.Flush(pipeline.ShutdownTimeout))
            SelfLog.WriteLine("LogKit: sinks did not finish writing within {0} at shutdown", pipeline.ShutdownTimeout);
    }
}
