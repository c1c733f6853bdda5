using BenchmarkDotNet.Running;

namespace LogKit.Benchmarks;

public static class Program
{
    /// <summary>
    /// <c>dotnet run -c Release --project tests/LogKit.Benchmarks -- --filter '*'</c> runs the
    /// BenchmarkDotNet micro-benchmarks (pass any BenchmarkDotNet arguments);
    /// <c>-- throughput [events] [repetitions] [name filter]</c> runs the throughput harness;
    /// <c>-- elasticsearch [events] [outage events]</c> ships to a fake Elasticsearch on loopback.
    /// </summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "throughput")
            return Throughput.ThroughputHarness.Run(args);
        if (args.Length > 0 && args[0] == "elasticsearch")
            return Elasticsearch.ElasticsearchHarness.Run(args);

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
