using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging;
using LogKit.Benchmarks.Throughput;

namespace LogKit.Benchmarks;

/// <summary>
/// One <c>ILogger&lt;T&gt;</c> call with the standard four arguments, per provider (see <see cref="MelProviders"/>):
/// the <c>LogInformation</c> extension method inside a scope (a dictionary, as ASP.NET Core code often pushes),
/// and a <c>[LoggerMessage]</c> source-generated method with four typed arguments (no scope).
/// </summary>
[MemoryDiagnoser]
public class MelCallBenchmarks
{
    MelProviders _providers = null!;
    ILogger _logger = null!;
    int _i;

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = MelProviders.LogKit;

    public static IEnumerable<string> Providers => MelProviders.All;

    [GlobalSetup]
    public void Setup()
    {
        _providers = new MelProviders(Provider);
        _logger = _providers.Logger;
    }

    [GlobalCleanup]
    public void Cleanup() => _providers.Dispose();

    [Benchmark]
    public void LogInformationInScope()
    {
        using (_logger.BeginScope(new Dictionary<string, object?> { ["RequestId"] = "req-42" }))
            _logger.LogInformation(Workload.Template, ++_i, 3, "Widget", 19.99m);
    }

    [Benchmark]
    public void LoggerMessage() => MelWorkload.UserBought(_logger, ++_i, 3, "Widget", 19.99m);
}
