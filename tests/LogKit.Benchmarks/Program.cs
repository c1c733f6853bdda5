using BenchmarkDotNet.Running;

namespace LogKit.Benchmarks;

public static class Program
{
    /// <summary>
    /// <c>dotnet run -c Release --project tests/LogKit.Benchmarks -- --filter '*'</c> runs the
    /// BenchmarkDotNet micro-benchmarks (pass any BenchmarkDotNet arguments).
    /// </summary>
    public static int Main(string[] args)
    {
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
