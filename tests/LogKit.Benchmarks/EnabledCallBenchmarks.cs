using BenchmarkDotNet.Attributes;
using Serilog;

namespace LogKit.Benchmarks;

/// <summary>
/// An enabled Information call with four arguments and two context properties into a sink that
/// keeps the event: the caller-side cost of capturing one event as a Serilog LogEvent.
/// </summary>
[MemoryDiagnoser]
public class EnabledCallBenchmarks
{
    Serilog.Core.Logger _serilog = null!;
    LogPipeline _pipeline = null!;
    IDisposable _serilogContext = null!;
    IDisposable _logKitContext = null!;

    [GlobalSetup]
    public void Setup()
    {
        _serilog = new LoggerConfiguration().Enrich.FromLogContext().WriteTo.Sink(new NullSink()).CreateLogger();
        _pipeline = new LogPipeline(new LogPipelineOptions { FlushOnProcessExit = false });
        _pipeline.AddSink(new NullSink());
        _serilogContext = new CompositeDisposable(
            global::Serilog.Context.LogContext.PushProperty("RequestId", "req-42"),
            global::Serilog.Context.LogContext.PushProperty("TenantId", 7));
        _logKitContext = new CompositeDisposable(LogContext.Push("RequestId", "req-42"), LogContext.Push("TenantId", 7));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _serilogContext.Dispose();
        _logKitContext.Dispose();
        _serilog.Dispose();
        _pipeline.Dispose();
    }

    [Benchmark(Baseline = true)]
    public void SerilogLogger() => _serilog.Information("User {UserId} bought {Quantity} x {Product} for {Price}", 42, 3, "Widget", 19.99m);

    [Benchmark]
    public void LogKitLogger() => _pipeline.Logger.Information("User {UserId} bought {Quantity} x {Product} for {Price}", 42, 3, "Widget", 19.99m);

    sealed class CompositeDisposable(params IDisposable[] items) : IDisposable
    {
        public void Dispose()
        {
            foreach (var item in items.Reverse())
                item.Dispose();
        }
    }
}
