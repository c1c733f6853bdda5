using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging;
using Serilog;
using ILogger = Microsoft.Extensions.Logging.ILogger;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace LogKit.Benchmarks;

/// <summary>
/// <c>ILogger&lt;T&gt;.LogInformation</c> with the standard four arguments and a scope, formatted as JSON
/// and discarded: through LogKit's provider, through Serilog.Extensions.Logging with
/// CompactJsonFormatter, and through Microsoft's own JSON console provider (written to a null writer).
/// </summary>
[MemoryDiagnoser]
public class MicrosoftLoggingBenchmarks
{
    ILoggerFactory _logKit = null!;
    ILoggerFactory _serilog = null!;
    ILoggerFactory _console = null!;
    ILogger _logKitLogger = null!;
    ILogger _serilogLogger = null!;
    ILogger _consoleLogger = null!;
    LogPipeline _pipeline = null!;
    Serilog.Core.Logger _serilogRoot = null!;
    TextWriter _stdout = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = new LogPipeline(new LogPipelineOptions { FlushOnProcessExit = false });
        _pipeline.Attach(new DiscardingClefSink(), new SinkOptions(), "discard");
        _logKit = LoggerFactory.Create(b => b.AddLogKit(_pipeline));
        _logKitLogger = _logKit.CreateLogger("Bench.Orders");

        _serilogRoot = new LoggerConfiguration().WriteTo.Sink(new NullTextSink()).CreateLogger();
        _serilog = LoggerFactory.Create(b => b.AddSerilog(_serilogRoot));
        _serilogLogger = _serilog.CreateLogger("Bench.Orders");

        _stdout = Console.Out;
        Console.SetOut(TextWriter.Null);
        _console = LoggerFactory.Create(b => b.AddJsonConsole(o => o.IncludeScopes = true));
        _consoleLogger = _console.CreateLogger("Bench.Orders");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _logKit.Dispose();
        _serilog.Dispose();
        _console.Dispose();
        _pipeline.Dispose();
        _serilogRoot.Dispose();
        Console.SetOut(_stdout);
    }

    [Benchmark(Baseline = true)]
    public void SerilogExtensionsLogging() => Log(_serilogLogger);

    [Benchmark]
    public void LogKitProvider() => Log(_logKitLogger);

    [Benchmark]
    public void MicrosoftJsonConsole() => Log(_consoleLogger);

    static void Log(ILogger logger)
    {
        using (logger.BeginScope(new Dictionary<string, object?> { ["RequestId"] = "req-42" }))
            logger.LogInformation(Throughput.Workload.Template, 42, 3, "Widget", 19.99m);
    }

    /// <summary>CompactJsonFormatter into a UTF-8 writer over Stream.Null.</summary>
    sealed class NullTextSink : ILogEventSink
    {
        readonly CompactJsonFormatter _formatter = new();
        readonly StreamWriter _writer = new(Stream.Null, new UTF8Encoding(false));

        public void Emit(LogEvent logEvent) => _formatter.Format(logEvent, _writer);
    }
}
