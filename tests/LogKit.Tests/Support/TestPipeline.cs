using Serilog.Events;

namespace LogKit.Tests.Support;

/// <summary>Pipelines for tests: no process-exit hook, every level on unless stated.</summary>
public static class TestPipeline
{
    public static LogPipeline Create(LogEventLevel minimumLevel = LogEventLevel.Verbose, TimeProvider? clock = null)
        => new(new LogPipelineOptions
        {
            MinimumLevel = minimumLevel,
            FlushOnProcessExit = false,
            TimeProvider = clock ?? TimeProvider.System,
        });

    public static (LogPipeline Pipeline, CollectingSink Sink) WithCollectingSink(LogEventLevel minimumLevel = LogEventLevel.Verbose)
    {
        var pipeline = Create(minimumLevel);
        var sink = new CollectingSink();
        pipeline.AddSink(sink);
        return (pipeline, sink);
    }
}
