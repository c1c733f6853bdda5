using BenchmarkDotNet.Attributes;

namespace LogKit.Benchmarks;

/// <summary>
/// The standard event (four arguments, two context properties) through <c>Log.Information</c>:
/// into a sink that formats CLEF and discards it (the caller's share of the file sink's work), and
/// into the real file sink (formatting plus the hand-off to its writer thread).
/// </summary>
[MemoryDiagnoser]
public class CallerPathBenchmarks
{
    LogPipeline _discarding = null!;
    LogPipeline _file = null!;
    string _folder = null!;
    IDisposable _context = null!;
    int _i;

    [GlobalSetup]
    public void Setup()
    {
        _discarding = new LogPipeline(new LogPipelineOptions { FlushOnProcessExit = false });
        _discarding.Attach(new DiscardingClefSink(), new SinkOptions(), "discard");
        _folder = Path.Combine(Path.GetTempPath(), "logkit-bench-" + Guid.NewGuid().ToString("N"));
        _file = new LogPipeline(new LogPipelineOptions { FlushOnProcessExit = false });
        _file.AddFile(Path.Combine(_folder, "app.log"), o => { o.MaxFileSize = 10 * 1024 * 1024; o.RetainedFileCount = 2; });
        _context = new Pair(LogContext.Push("RequestId", "req-42"), LogContext.Push("TenantId", 7));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _context.Dispose();
        _discarding.Dispose();
        _file.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public void FormatAndDiscard()
        => _discarding.Logger.Information(Throughput.Workload.Template, ++_i, 3, "Widget", 19.99m);

    [Benchmark]
    public void FileSink()
        => _file.Logger.Information(Throughput.Workload.Template, ++_i, 3, "Widget", 19.99m);

    sealed class Pair(IDisposable first, IDisposable second) : IDisposable
    {
        public void Dispose()
        {
            second.Dispose();
            first.Dispose();
        }
    }
}
