using BenchmarkDotNet.Running;

namespace LogKit.Benchmarks;

public static class Program
{
    /// <summary>
    /// <c>dotnet run -c Release --project tests/LogKit.Benchmarks -- --filter '*'</c> runs the
    /// BenchmarkDotNet micro-benchmarks (pass any BenchmarkDotNet arguments);
    /// <c>-- throughput [events] [repetitions] [name filter]</c> runs the throughput harness;
    /// <c>-- elasticsearch [events] [outage events]</c> ships to a fake Elasticsearch on loopback;
    /// <c>-- serve-data &lt;folder&gt; [MB] [days]</c> and <c>-- serve-load &lt;url&gt; [clients] [seconds]</c> are the
    /// <c>logkit serve</c> load benchmark (see docs/benchmarks.md).
    /// </summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "throughput")
            return Throughput.ThroughputHarness.Run(args);
        if (args.Length > 0 && args[0] == "serve-data")
            return Serve.ServeDataGenerator.Run(args);
        if (args.Length > 0 && args[0] == "serve-load")
            return Serve.ServeLoadHarness.RunAsync(args).GetAwaiter().GetResult();
        if (args.Length > 0 && args[0] == "elasticsearch")
            return Elasticsearch.ElasticsearchHarness.Run(args);

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
