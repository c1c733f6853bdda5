namespace LogKit.Benchmarks.Throughput;

/// <summary>
/// LogKit's default file sink (CLEF, 10 MB rolling) through the static <see cref="LogKit.Log"/> facade, or through a
/// typed <see cref="LogKit.Logger"/> from <c>Log.ForContext&lt;T&gt;()</c> (the same call plus a <c>SourceContext</c>);
/// with <c>redaction: false</c>, after <c>Log.Redaction.Disable()</c>, to measure what redaction costs in the same run.
/// </summary>
public sealed class LogKitSubject(bool shared = false, bool typed = false, bool redaction = true) : IThroughputSubject
{
    LogSinkHandle? _file;

    public string Name => shared ? "LogKit AddFile (Shared = true)"
        : typed ? "LogKit AddFile (typed Logger from ForContext<T>)"
        : redaction ? "LogKit AddFile (defaults, CLEF)"
        : "LogKit AddFile (CLEF, Redaction.Disable())";

    public void Setup(string folder)
    {
        LogKit.Log.RemoveAllSinks();
        if (redaction)
            LogKit.Log.Redaction.Enable();
        else
            LogKit.Log.Redaction.Disable();
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
