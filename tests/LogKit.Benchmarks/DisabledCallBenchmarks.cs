using BenchmarkDotNet.Attributes;
using Serilog;
using Serilog.Events;

namespace LogKit.Benchmarks;

/// <summary>
/// A Debug call while the minimum level is Information, with 0 to 6 arguments, without an
/// IsEnabled guard: what a disabled log statement costs.
/// </summary>
[MemoryDiagnoser]
public class DisabledCallBenchmarks
{
    Serilog.Core.Logger _serilog = null!;
    LogPipeline _pipeline = null!;
    readonly DateTime _when = new(2026, 11, 25);

    [GlobalSetup]
    public void Setup()
    {
        _serilog = new LoggerConfiguration().MinimumLevel.Information().WriteTo.Sink(new NullSink()).CreateLogger();
        Log.RemoveAllSinks();
        Log.AddSink(new NullSink());
        Log.MinimumLevel = LogEventLevel.Information;
        _pipeline = new LogPipeline(new LogPipelineOptions { FlushOnProcessExit = false });
        _pipeline.AddSink(new NullSink());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _serilog.Dispose();
        _pipeline.Dispose();
    }

    [Benchmark]
    public void LogKit_0() => Log.Debug("Disabled");

    [Benchmark]
    public void LogKit_1() => Log.Debug("Disabled {A}", 1);

    [Benchmark]
    public void LogKit_2() => Log.Debug("Disabled {A} {B}", 1, 2L);

    [Benchmark]
    public void LogKit_3() => Log.Debug("Disabled {A} {B} {C}", 1, 2L, 3.5);

    [Benchmark]
    public void LogKit_4() => Log.Debug("Disabled {A} {B} {C} {D}", 1, 2L, 3.5, _when);

    [Benchmark]
    public void LogKit_5() => Log.Debug("Disabled {A} {B} {C} {D} {E}", 1, 2L, 3.5, _when, "e");

    [Benchmark]
    public void LogKit_6() => Log.Debug("Disabled {A} {B} {C} {D} {E} {F}", 1, 2L, 3.5, _when, "e", true);

    [Benchmark]
    public void LogKitLogger_3() => _pipeline.Logger.Debug("Disabled {A} {B} {C}", 1, 2L, 3.5);

    [Benchmark(Baseline = true)]
    public void Serilog_0() => _serilog.Debug("Disabled");

    [Benchmark]
    public void Serilog_1() => _serilog.Debug("Disabled {A}", 1);

    [Benchmark]
    public void Serilog_4() => _serilog.Debug("Disabled {A} {B} {C} {D}", 1, 2L, 3.5, _when);

    [Benchmark]
    public void Serilog_6() => _serilog.Debug("Disabled {A} {B} {C} {D} {E} {F}", 1, 2L, 3.5, _when, "e", true);
}
