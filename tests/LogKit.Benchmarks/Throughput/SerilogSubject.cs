using Serilog;
using Serilog.Core;
using Serilog.Formatting.Compact;

namespace LogKit.Benchmarks.Throughput;

/// <summary>Serilog 4 + Serilog.Sinks.File 7 + CompactJsonFormatter, buffered or not, optionally behind Serilog.Sinks.Async.</summary>
public sealed class SerilogSubject(bool buffered, bool async) : IThroughputSubject
{
    Serilog.Core.Logger? _logger;

    public string Name => "Serilog File" + (buffered ? " buffered" : " unbuffered") + (async ? " + Async (block)" : "");

    public void Setup(string folder)
    {
        var path = Path.Combine(folder, "app.log");
        var configuration = new LoggerConfiguration().Enrich.FromLogContext();
        _logger = (async
                ? configuration.WriteTo.Async(w => w.File(new CompactJsonFormatter(), path, fileSizeLimitBytes: Workload.RollBytes, rollOnFileSizeLimit: true, retainedFileCountLimit: null, buffered: buffered), blockWhenFull: true)
                : configuration.WriteTo.File(new CompactJsonFormatter(), path, fileSizeLimitBytes: Workload.RollBytes, rollOnFileSizeLimit: true, retainedFileCountLimit: null, buffered: buffered))
            .CreateLogger();
    }

    public void Log(int count)
    {
        var logger = _logger!;
        for (var block = 0; block * Workload.EventsPerContext < count; block++)
        {
            using var requestId = Serilog.Context.LogContext.PushProperty("RequestId", Workload.RequestId(block));
            using var tenantId = Serilog.Context.LogContext.PushProperty("TenantId", Workload.TenantId);
            var end = Math.Min(count, (block + 1) * Workload.EventsPerContext);
            for (var i = block * Workload.EventsPerContext; i < end; i++)
                logger.Information(Workload.Template, i, i % 10 + 1, Workload.Products[i & 3], 19.99m);
        }
    }

    public void Finish() => _logger!.Dispose();
}
