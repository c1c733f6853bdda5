namespace LogKit.Tests.Support;

/// <summary>
/// Measures what code allocates on the calling thread. The runtime itself sometimes allocates on the caller,
/// for example when its process-wide generic-virtual-dispatch cache grows because other tests (running in
/// parallel) filled it. That happens once, not per call, so the measurement is repeated and the smallest
/// round counts: an allocation the measured code makes itself shows in every round.
/// </summary>
internal static class Allocations
{
    /// <summary>The fewest bytes any of <paramref name="rounds"/> runs of <paramref name="round"/> allocated.</summary>
    public static long Fewest(Action round, int rounds = 3)
    {
        round(); // JIT and type initialisation happen outside the measurement
        var fewest = long.MaxValue;
        for (var i = 0; i < rounds; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            round();
            fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        return fewest;
    }

    /// <summary>The fewest bytes any of three rounds of <paramref name="calls"/> calls of <paramref name="call"/> (given the call's index) allocated.</summary>
    public static long Fewest(int calls, Action<int> call) => Fewest(() =>
    {
        for (var i = 0; i < calls; i++)
            call(i);
    });
}
