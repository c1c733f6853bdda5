using BenchmarkDotNet.Attributes;
using Serilog.Events;

namespace LogKit.Benchmarks;

/// <summary>The same event through <c>Log.Information</c> as a template and as an interpolated string, into a CLEF-formatting discard sink; and both forms disabled.</summary>
[MemoryDiagnoser]
public class InterpolationBenchmarks
{
    int _userId = 42;
    readonly int _quantity = 3;
    readonly string _product = "Widget";
    readonly decimal _price = 19.99m;

    [GlobalSetup]
    public void Setup()
    {
        Log.RemoveAllSinks();
        Log.MinimumLevel = LogEventLevel.Information;
        Log.Pipeline.Attach(new DiscardingClefSink(), new SinkOptions(), "discard");
    }

    [GlobalCleanup]
    public void Cleanup() => Log.RemoveAllSinks();

    [Benchmark(Baseline = true)]
    public void Template() => Log.Information("User {UserId} bought {Quantity} x {Product} for {Price}", ++_userId, _quantity, _product, _price);

    [Benchmark]
    public void Interpolated() => Log.Information($"User {++_userId:@UserId} bought {_quantity:@Quantity} x {_product:@Product} for {_price:@Price}");

    [Benchmark]
    public void TemplateDisabled() => Log.Debug("User {UserId} bought {Quantity} x {Product} for {Price}", _userId, _quantity, _product, _price);

    [Benchmark]
    public void InterpolatedDisabled() => Log.Debug($"User {_userId:@UserId} bought {_quantity:@Quantity} x {_product:@Product} for {_price:@Price}");
}
