using Microsoft.Extensions.Logging;
using LogKit.Benchmarks.Throughput;
namespace LogKit.Benchmarks;
public static class ZzProbe
{
    public static int Run()
    {
        using var p = new MelProviders(MelProviders.LogKit);
        var logger = p.Logger;
        var i = 0;
        var d = new Dictionary<string, object?> { ["RequestId"] = "req-42" };
        void Measure(string name, Action a)
        {
            for (var k = 0; k < 20000; k++) a();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var sw = System.Diagnostics.Stopwatch.StartNew();
            const int n = 200000;
            for (var k = 0; k < n; k++) a();
            sw.Stop();
            Console.WriteLine($"{name,-40} {(GC.GetAllocatedBytesForCurrentThread() - before) / (double)n,8:F1} B  {sw.Elapsed.TotalNanoseconds / n,8:F0} ns");
        }
        Measure("new dictionary", () => { _ = new Dictionary<string, object?> { ["RequestId"] = "req-42" }; });
        Measure("BeginScope(shared dict)+Dispose", () => { using (logger.BeginScope(d)) { } });
        Measure("LogInformation", () => logger.LogInformation(Workload.Template, ++i, 3, "Widget", 19.99m));
        Measure("LoggerMessage", () => MelWorkload.UserBought(logger, ++i, 3, "Widget", 19.99m));
        Measure("scope(shared)+LogInformation", () => { using (logger.BeginScope(d)) logger.LogInformation(Workload.Template, ++i, 3, "Widget", 19.99m); });
        Measure("benchmark body", () => { using (logger.BeginScope(new Dictionary<string, object?> { ["RequestId"] = "req-42" })) logger.LogInformation(Workload.Template, ++i, 3, "Widget", 19.99m); });
        Measure("LogContext.Push+Dispose", () => { using (LogContext.Push("RequestId", "req-42")) { } });
        var pl = new LogPipeline(new LogPipelineOptions { FlushOnProcessExit = false });
        pl.Attach(new DiscardingClefSink(), new SinkOptions(), "discard");
        Measure("pl.Information", () => pl.Logger.Information(Workload.Template, ++i, 3, "Widget", 19.99m));
        Measure("push+pl.Information", () => { using (LogContext.Push("RequestId", "req-42")) pl.Logger.Information(Workload.Template, ++i, 3, "Widget", 19.99m); });
        using (LogContext.Push("RequestId", "req-42"))
        Measure("inside push pl.Information", () => pl.Logger.Information(Workload.Template, ++i, 3, "Widget", 19.99m));
        using (LogContext.Push("RequestId", "req-42"))
        Measure("inside push LoggerMessage", () => MelWorkload.UserBought(logger, ++i, 3, "Widget", 19.99m));
        return 0;
    }
}
