using Microsoft.Extensions.Logging;
using NLog.Extensions.Logging;
using Serilog;
using Serilog.Formatting.Compact;
using ZLogger;

namespace LogKit.Benchmarks.Throughput;

/// <summary>LogKit's provider (<c>AddLogKit</c>) over a pipeline with the default file sink (CLEF, 10 MB rolling).</summary>
public sealed class LogKitMelSubject : MelSubject
{
    LogPipeline? _pipeline;

    public override string Name => "ILogger<T> -> LogKit AddLogKit + AddFile";

    protected override void AddProvider(ILoggingBuilder builder, string folder)
    {
        _pipeline = new LogPipeline(new LogPipelineOptions { FlushOnProcessExit = false });
        _pipeline.AddFile(Path.Combine(folder, "app.log"), o =>
        {
            o.MaxFileSize = Workload.RollBytes;
            o.RetainedFileCount = null;
        });
        builder.AddLogKit(_pipeline);
    }

    public override void Finish()
    {
        base.Finish();
        _pipeline!.Dispose();
    }
}

/// <summary>Serilog.Extensions.Logging over Serilog's buffered rolling file with CompactJsonFormatter.</summary>
public sealed class SerilogMelSubject : MelSubject
{
    Serilog.Core.Logger? _logger;

    public override string Name => "ILogger<T> -> Serilog.Extensions.Logging + File buffered";

    protected override void AddProvider(ILoggingBuilder builder, string folder)
    {
        _logger = new LoggerConfiguration()
            .Enrich.FromLogContext()
            .WriteTo.File(new CompactJsonFormatter(), Path.Combine(folder, "app.log"), fileSizeLimitBytes: Workload.RollBytes,
                rollOnFileSizeLimit: true, retainedFileCountLimit: null, buffered: true)
            .CreateLogger();
        builder.AddSerilog(_logger, dispose: true);
    }
}

/// <summary>ZLogger 2.6's own provider: rolling file (10 MB), JSON with scopes, blocking when its buffer is full.</summary>
public sealed class ZLoggerMelSubject : MelSubject
{
    public override string Name => "ILogger<T> -> ZLogger rolling file JSON (block)";

    protected override void AddProvider(ILoggingBuilder builder, string folder)
        => builder.AddZLoggerRollingFile(options =>
        {
            options.FilePathSelector = (_, sequence) => Path.Combine(folder, $"app_{sequence:000}.log");
            options.RollingInterval = ZLogger.Providers.RollingInterval.Infinite;
            options.RollingSizeKB = (int)(Workload.RollBytes / 1024);
            options.FullMode = BackgroundBufferFullMode.Block;
            options.IncludeScopes = true;
            options.UseJsonFormatter();
        });
}

/// <summary>NLog.Extensions.Logging 6.3 over the same NLog JsonLayout file target in an AsyncWrapper as <see cref="NLogSubject"/>.</summary>
public sealed class NLogMelSubject : MelSubject
{
    NLog.LogFactory? _factory;

    public override string Name => "ILogger<T> -> NLog.Extensions.Logging + AsyncWrapper (block)";

    protected override void AddProvider(ILoggingBuilder builder, string folder)
    {
        _factory = new NLog.LogFactory { Configuration = NLogSubject.Configuration(folder) };
        builder.AddNLog(_ => _factory);
    }

    public override void Finish()
    {
        base.Finish();
        _factory!.Flush();
        _factory.Shutdown();
        _factory.Dispose();
    }
}
