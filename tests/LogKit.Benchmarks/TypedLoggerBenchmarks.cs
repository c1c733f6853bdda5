using System.Text;
using BenchmarkDotNet.Attributes;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;
using LogKit.Benchmarks.Throughput;

namespace LogKit.Benchmarks;

/// <summary>
/// A typed logger from <c>ForContext&lt;T&gt;()</c> with the standard four arguments, formatted as CLEF and
/// discarded: LogKit's <see cref="LogKit.Logger"/> (into a sink that formats on the caller, as the file sink does),
/// the same logger held as a <c>Serilog.ILogger</c> (four arguments then go through Serilog's <c>params</c>
/// overload), and Serilog's own (CompactJsonFormatter into a null writer); LogKit's static <c>Log.Information</c>
/// is the baseline to match.
/// </summary>
[MemoryDiagnoser]
public class TypedLoggerBenchmarks
{
    LogPipeline _pipeline = null!;
    LogKit.Logger _logKitTyped = null!;
    ILogger _logKitAsSerilog = null!;
    Serilog.Core.Logger _serilog = null!;
    ILogger _serilogTyped = null!;
    int _i;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = new LogPipeline(new LogPipelineOptions { FlushOnProcessExit = false });
        _pipeline.Attach(new DiscardingClefSink(), new SinkOptions(), "discard");
        _logKitTyped = _pipeline.Logger.ForContext<TypedLoggerBenchmarks>();
        _logKitAsSerilog = _logKitTyped;

        Log.RemoveAllSinks();
        Log.Pipeline.Attach(new DiscardingClefSink(), new SinkOptions(), "discard");

        _serilog = new LoggerConfiguration().WriteTo.Sink(new NullCompactJsonSink()).CreateLogger();
        _serilogTyped = _serilog.ForContext<TypedLoggerBenchmarks>();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _pipeline.Dispose();
        _serilog.Dispose();
        Log.RemoveAllSinks();
    }

    [Benchmark(Baseline = true)]
    public void LogKitStaticLogInformation() => Log.Information(Workload.Template, ++_i, 3, "Widget", 19.99m);

    [Benchmark]
    public void LogKitForContextOfT() => _logKitTyped.Information(Workload.Template, ++_i, 3, "Widget", 19.99m);

    [Benchmark]
    public void LogKitForContextOfTAsSerilogILogger() => _logKitAsSerilog.Information(Workload.Template, ++_i, 3, "Widget", 19.99m);

    [Benchmark]
    public void SerilogForContextOfT() => _serilogTyped.Information(Workload.Template, ++_i, 3, "Widget", 19.99m);

    sealed class NullCompactJsonSink : ILogEventSink
    {
        readonly CompactJsonFormatter _formatter = new();
        readonly StreamWriter _writer = new(Stream.Null, new UTF8Encoding(false));

        public void Emit(LogEvent logEvent) => _formatter.Format(logEvent, _writer);
    }
}
