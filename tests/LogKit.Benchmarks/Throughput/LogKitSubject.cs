namespace LogKit.Benchmarks.Throughput;

/// <summary>
/// LogKit's default file sink (CLEF, 10 MB rolling) through the static <see cref="LogKit.Log"/> facade, or through a
/// typed <see cref="LogKit.Logger"/> from <c>Log.ForContext&lt;T&gt;()</c> (the same call plus a <c>SourceContext</c>).
/// </summary>
public sealed class LogKitSubject(bool shared = false, bool typed = false) : IThroughputSubject
{
    LogSinkHandle? _file;

    public string Name => shared ? "LogKit AddFile (Shared = true)"
        : typed ? "LogKit AddFile (typed Logger from ForContext<T>)"
        : "LogKit AddFile (defaults, CLEF)";

    public void Setup(string folder)
    {
        LogKit.Log.RemoveAllSinks();
        _file = LogKit.Log.AddFile(Path.Combine(folder, "app.log"), o =>
        {
            o.MaxFileSize = Workload.RollBytes;
            o.RetainedFileCount = null;
            o.Shared = shared;
        });
    }

    public void Log(int count)
    {
        if (typed)
        {
            LogTyped(count);
            return;
        }
        for (var block = 0; block * Workload.EventsPerContext < count; block++)
        {
            using var requestId = LogContext.Push("RequestId", Workload.RequestId(block));
            using var tenantId = LogContext.Push("TenantId", Workload.TenantId);
            var end = Math.Min(count, (block + 1) * Workload.EventsPerContext);
            for (var i = block * Workload.EventsPerContext; i < end; i++)
                LogKit.Log.Information(Workload.Template, i, i % 10 + 1, Workload.Products[i & 3], 19.99m);
        }
    }

    void LogTyped(int count)
    {
        var log = LogKit.Log.ForContext<LogKitSubject>();
        for (var block = 0; block * Workload.EventsPerContext < count; block++)
        {
            using var requestId = LogContext.Push("RequestId", Workload.RequestId(block));
            using var tenantId = LogContext.Push("TenantId", Workload.TenantId);
            var end = Math.Min(count, (block + 1) * Workload.EventsPerContext);
            for (var i = block * Workload.EventsPerContext; i < end; i++)
                log.Information(Workload.Template, i, i % 10 + 1, Workload.Products[i & 3], 19.99m);
        }
    }

    public void Finish() => _file!.Dispose();
}
