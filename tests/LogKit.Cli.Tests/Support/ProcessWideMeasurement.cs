namespace LogKit.Cli.Tests.Support;

/// <summary>
/// Tests that measure process-wide figures (<c>GC.GetTotalAllocatedBytes</c>) run alone: xUnit runs a
/// collection with parallelisation disabled after the parallel ones, so other tests' allocations are not counted.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideMeasurement
{
    public const string Name = "Process-wide measurement";
}
