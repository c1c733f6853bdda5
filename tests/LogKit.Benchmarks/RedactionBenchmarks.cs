using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Serilog.Events;

namespace LogKit.Benchmarks;

/// <summary>
/// What redaction costs on the caller: the same calls into a pipeline that formats CLEF on the caller (as the
/// file sink does) and discards it, with redaction on (the default) and after <c>Redaction.Disable()</c>.
/// Two context properties are pushed, as in the other call benchmarks. Each category's baseline is "off".
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RedactionBenchmarks
{
    public sealed class Login
    {
        public string User { get; init; } = "ann";
        public string Password { get; init; } = "hunter2";
        public Dictionary<string, string> Headers { get; init; } = new() { ["Authorization"] = "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig", ["Accept"] = "text/plain" };
    }

    public sealed class Order
    {
        public int Id { get; init; } = 42;
        public string Customer { get; init; } = "ann";
        public string[] Lines { get; init; } = ["book", "pen"];
        public decimal Total { get; init; } = 19.99m;
    }

    const string Template = "User {UserId} bought {Quantity} x {Product} for {Price}";
    const string ConnectionString = "Server=db.internal;Database=orders;User Id=app;Password=hunter2;Encrypt=true";

    Logger _on = null!;
    Logger _off = null!;
    LogPipeline _redacting = null!;
    LogPipeline _open = null!;
    IDisposable _context = null!;
    readonly Login _login = new();
    readonly Order _order = new();
    int _i;

    [GlobalSetup]
    public void Setup()
    {
        _redacting = new LogPipeline(new LogPipelineOptions { FlushOnProcessExit = false });
        _redacting.Attach(new DiscardingClefSink(), new SinkOptions(), "discard");
        _open = new LogPipeline(new LogPipelineOptions { FlushOnProcessExit = false });
        _open.Redaction.Disable();
        _open.Attach(new DiscardingClefSink(), new SinkOptions(), "discard");
        _on = _redacting.Logger;
        _off = _open.Logger;
        _context = new Pair(LogContext.Push("RequestId", "req-42"), LogContext.Push("TenantId", 7));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _context.Dispose();
        _redacting.Dispose();
        _open.Dispose();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("4 scalars")]
    public void ScalarsOff() => _off.Emit(LogEventLevel.Information, null, Template, ++_i, 3, "Widget", 19.99m);

    [Benchmark, BenchmarkCategory("4 scalars")]
    public void ScalarsOn() => _on.Emit(LogEventLevel.Information, null, Template, ++_i, 3, "Widget", 19.99m);

    [Benchmark(Baseline = true), BenchmarkCategory("destructured secret")]
    public void DestructuredOff() => _off.Emit(LogEventLevel.Information, null, "Login {@Login} from {Ip}", _login, "10.0.0.7");

    [Benchmark, BenchmarkCategory("destructured secret")]
    public void DestructuredOn() => _on.Emit(LogEventLevel.Information, null, "Login {@Login} from {Ip}", _login, "10.0.0.7");

    [Benchmark(Baseline = true), BenchmarkCategory("destructured, no secret")]
    public void PlainObjectOff() => _off.Emit(LogEventLevel.Information, null, "Order {@Order} placed", _order);

    [Benchmark, BenchmarkCategory("destructured, no secret")]
    public void PlainObjectOn() => _on.Emit(LogEventLevel.Information, null, "Order {@Order} placed", _order);

    [Benchmark(Baseline = true), BenchmarkCategory("connection string")]
    public void ConnectionStringOff() => _off.Emit(LogEventLevel.Information, null, "Connecting to {Database} attempt {Attempt}", ConnectionString, ++_i);

    [Benchmark, BenchmarkCategory("connection string")]
    public void ConnectionStringOn() => _on.Emit(LogEventLevel.Information, null, "Connecting to {Database} attempt {Attempt}", ConnectionString, ++_i);

    sealed class Pair(IDisposable first, IDisposable second) : IDisposable
    {
        public void Dispose()
        {
            second.Dispose();
            first.Dispose();
        }
    }
}
