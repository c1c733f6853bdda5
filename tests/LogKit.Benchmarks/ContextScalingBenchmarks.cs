using BenchmarkDotNet.Attributes;
using Serilog.Events;

namespace LogKit.Benchmarks;

/// <summary>
/// How context and bound properties scale with the number of distinct names: N nested pushes, one event
/// (so the visible set is built), then disposal; and a ForContext chain of N names with one event.
/// Per-name cost should stay flat as N grows (it grew with N² before the persistent property set).
/// </summary>
[MemoryDiagnoser]
public class ContextScalingBenchmarks
{
    LogPipeline _pipeline = null!;
    string[] _names = [];
    IDisposable[] _scopes = [];

    [Params(1, 5, 20, 1_000, 10_000)]
    public int Names { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = new LogPipeline(new LogPipelineOptions { FlushOnProcessExit = false, MinimumLevel = LogEventLevel.Information });
        _pipeline.Attach(new DiscardingClefSink(), new SinkOptions(), "discard");
        _names = Enumerable.Range(0, Names).Select(i => "Name" + i).ToArray();
        _scopes = new IDisposable[Names];
    }

    [GlobalCleanup]
    public void Cleanup() => _pipeline.Dispose();

    [Benchmark]
    public void NestedPushes()
    {
        for (var i = 0; i < _names.Length; i++)
            _scopes[i] = LogContext.Push(_names[i], i);
        _pipeline.Logger.Information("Deep");
        for (var i = _scopes.Length - 1; i >= 0; i--)
            _scopes[i].Dispose();
    }

    [Benchmark]
    public void OutermostDisposedFirst()
    {
        // One out-of-order disposal at depth N (it rebuilds the N-1 frames above it), then the rest in order.
        for (var i = 0; i < _names.Length; i++)
            _scopes[i] = LogContext.Push(_names[i], i);
        _scopes[0].Dispose();
        for (var i = _scopes.Length - 1; i > 0; i--)
            _scopes[i].Dispose();
    }

    [Benchmark]
    public void ForContextChain()
    {
        var logger = _pipeline.Logger;
        for (var i = 0; i < _names.Length; i++)
            logger = logger.ForContext(_names[i], i);
        logger.Information("Chained");
    }
}
