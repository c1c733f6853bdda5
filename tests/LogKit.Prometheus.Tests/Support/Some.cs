namespace LogKit.Prometheus.Tests.Support;

/// <summary>Unique throwaway values.</summary>
public static class Some
{
    static int s_counter;

    /// <summary>A sink name no other test uses, so that its series are this test's alone.</summary>
    public static string SinkName(string prefix = "sink") => $"{prefix}-{Interlocked.Increment(ref s_counter)}-{Guid.NewGuid():N}"[..24];

    public static LogPipeline Pipeline(TimeProvider? clock = null) => new(new LogPipelineOptions
    {
        FlushOnProcessExit = false,
        TimeProvider = clock ?? TimeProvider.System,
    });
}
