using BenchmarkDotNet.Attributes;
using LogKit.Capturing;

namespace LogKit.Benchmarks;

/// <summary>Pushing and disposing one context property, and finding a parsed template.</summary>
[MemoryDiagnoser]
public class ContextAndTemplateBenchmarks
{
    readonly string _dynamicTemplate = new string("User {UserId} bought {Quantity} x {Product} for {Price}".ToCharArray());

    [Benchmark(Baseline = true)]
    public void SerilogPushProperty()
    {
        using (Serilog.Context.LogContext.PushProperty("RequestId", "req-42"))
        {
        }
    }

    [Benchmark]
    public void LogKitPush()
    {
        using (LogContext.Push("RequestId", "req-42"))
        {
        }
    }

    [Benchmark]
    public int TemplateHitByReference() => TemplateCache.Get(Throughput.Workload.Template).BindableArgumentCount;

    [Benchmark]
    public int TemplateHitByContent() => TemplateCache.Get(_dynamicTemplate).BindableArgumentCount;
}
