using NLog;
using NLog.Config;
using NLog.Layouts;
using NLog.Targets;
using NLog.Targets.Wrappers;

namespace LogKit.Benchmarks.Throughput;

/// <summary>NLog 6: a JsonLayout file target (10 MB archives) inside an AsyncWrapper that blocks when full.</summary>
public sealed class NLogSubject : IThroughputSubject
{
    LogFactory? _factory;
    NLog.Logger? _logger;

    public string Name => "NLog JsonLayout + AsyncWrapper (block)";

    public void Setup(string folder)
    {
        _factory = new LogFactory { Configuration = Configuration(folder) };
        _logger = _factory.GetLogger("bench");
    }

    /// <summary>A JsonLayout file target rolling at 10 MB inside an AsyncWrapper that blocks when full.</summary>
    public static LoggingConfiguration Configuration(string folder)
    {
        var layout = new JsonLayout
        {
            IncludeEventProperties = true,
            IncludeScopeProperties = true,
            Attributes =
            {
                new JsonAttribute("@t", "${date:universalTime=true:format=o}"),
                new JsonAttribute("@mt", "${message:raw=true}"),
            },
        };
        var file = new FileTarget("file")
        {
            FileName = Path.Combine(folder, "app.log"),
            Layout = layout,
            ArchiveAboveSize = Workload.RollBytes,
            KeepFileOpen = true,
        };
        var async = new AsyncTargetWrapper(file) { OverflowAction = AsyncTargetWrapperOverflowAction.Block, QueueLimit = 10_000 };
        var configuration = new LoggingConfiguration();
        configuration.AddRuleForAllLevels(async);
        return configuration;
    }

    public void Log(int count)
    {
        var logger = _logger!;
        for (var block = 0; block * Workload.EventsPerContext < count; block++)
        {
            using var requestId = ScopeContext.PushProperty("RequestId", Workload.RequestId(block));
            using var tenantId = ScopeContext.PushProperty("TenantId", Workload.TenantId);
            var end = Math.Min(count, (block + 1) * Workload.EventsPerContext);
            for (var i = block * Workload.EventsPerContext; i < end; i++)
                logger.Info(Workload.Template, i, i % 10 + 1, Workload.Products[i & 3], 19.99m);
        }
    }

    public void Finish()
    {
        _factory!.Flush();
        _factory.Shutdown();
        _factory.Dispose();
    }
}
