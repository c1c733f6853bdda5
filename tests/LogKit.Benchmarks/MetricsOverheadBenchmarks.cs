using BenchmarkDotNet.Attributes;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace LogKit.Benchmarks;

/// <summary>
/// The enabled call of <see cref="EnabledCallBenchmarks"/> (four arguments, two context properties, into a
/// sink that keeps the event) with nobody listening to the LogKit meter, and with an OpenTelemetry
/// MeterProvider that collects it: what publishing metrics costs the logging thread.
/// </summary>
[MemoryDiagnoser]
public class MetricsOverheadBenchmarks
{
    LogPipeline _pipeline = null!;
    MeterProvider? _meterProvider;
    IDisposable _context = null!;

    [Params("none", "opentelemetry")]
    public string Listener { get; set; } = "none";

    [GlobalSetup]
    public void Setup()
    {
        if (Listener == "opentelemetry")
        {
            _meterProvider = Sdk.CreateMeterProviderBuilder()
                .AddMeter("LogKit")
                .AddInMemoryExporter(new List<Metric>())
                .Build();
        }
        _pipeline = new LogPipeline(new LogPipelineOptions { FlushOnProcessExit = false });
        _pipeline.AddSink(new NullSink());
        var requestId = LogContext.Push("RequestId", "req-42");
        var tenantId = LogContext.Push("TenantId", 7);
        _context = new Popper(tenantId, requestId);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _context.Dispose();
        _pipeline.Dispose();
        _meterProvider?.Dispose();
    }

    /// <summary>What the logging call gained: counting the accepted event by level (a field read with nobody listening).</summary>
    [Benchmark]
    public void EventAccepted() => LogKit.Diagnostics.LogKitInstruments.EventAccepted(Serilog.Events.LogEventLevel.Information);

    [Benchmark]
    public void LogKitLogger() => _pipeline.Logger.Information("User {UserId} bought {Quantity} x {Product} for {Price}", 42, 3, "Widget", 19.99m);

    sealed class Popper(params IDisposable[] items) : IDisposable
    {
        public void Dispose()
        {
            foreach (var item in items)
                item.Dispose();
        }
    }
}
