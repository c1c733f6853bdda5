using System.Reflection;
using LogKit.Formatting;

namespace LogKit.Tests.Formatting;

/// <summary><see cref="Utf8Buffer"/>: the per-thread buffer events are formatted into.</summary>
public class Utf8BufferTests
{
    [Fact]
    public void AThreadThatFormattedOneHugeEventDoesNotKeepItsBuffer()
    {
        // An idle thread (a request thread that logged one 3 MB payload) must not hold a buffer of that size
        // until it next logs. The thread-static slot is read directly: nothing else shows what a thread keeps.
        long kept = -1;
        long keptAfterSmall = -1;
        var thread = new Thread(() =>
        {
            var small = Utf8Buffer.Rent();
            small.Write(new byte[100]);
            Utf8Buffer.Return(small);
            keptAfterSmall = CachedCapacityOfThisThread();

            var huge = Utf8Buffer.Rent();
            huge.Write(new byte[3 * 1024 * 1024]);
            Utf8Buffer.Return(huge);
            kept = CachedCapacityOfThisThread();
        });
        thread.Start();
        thread.Join();

        keptAfterSmall.Should().BeGreaterThan(0, "a buffer of ordinary size is kept for the thread's next event");
        kept.Should().BeLessThanOrEqualTo(1024 * 1024);
    }

    static long CachedCapacityOfThisThread()
    {
        var cached = typeof(Utf8Buffer).GetField("t_cached", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null);
        return cached is Utf8Buffer buffer ? buffer.Capacity : 0;
    }
}
