using System.Reflection;
using System.Text;
using LogKit.Capturing;
using LogKit.Formatting;
using LogKit.Formatting.Clef;

namespace LogKit.Tests.Formatting;

/// <summary>
/// <see cref="ClefPropertyBytes"/>: a context or bound property's CLEF member, encoded once through a per-thread
/// scratch buffer.
/// </summary>
public class ClefPropertyBytesTests
{
    [Fact]
    public void EncodesTheMemberOnceAndKeepsIt()
    {
        var property = new CapturedProperty("@Order", "a \"b\"", destructureObjects: false);

        var first = ClefPropertyBytes.For(property).ToArray();

        Encoding.UTF8.GetString(first).Should().Be(",\"@@Order\":\"a \\\"b\\\"\"");
        ClefPropertyBytes.For(property).ToArray().Should().Equal(first);
        property.FormatterCache.Should().BeOfType<byte[]>();
    }

    [Fact]
    public void AThreadDoesNotKeepTheScratchBufferALargeValueGrew()
    {
        // The scratch buffer is for short members (a scope's request id); one large context value (a payload
        // pushed once) must not leave a buffer of its size on every thread that encoded one, for as long as the
        // thread lives. The thread-static slot is read directly: nothing else shows what a thread keeps.
        long kept = -1;
        var thread = new Thread(() =>
        {
            ClefPropertyBytes.For(new CapturedProperty("Small", "req-1", destructureObjects: false));
            ClefPropertyBytes.For(new CapturedProperty("Payload", new string('x', 600_000), destructureObjects: false));
            kept = ScratchCapacityOfThisThread();
        });
        thread.Start();
        thread.Join();

        kept.Should().BeLessThanOrEqualTo(64 * 1024, "a 600 KB member is encoded into a buffer that is then dropped");
    }

    static long ScratchCapacityOfThisThread()
    {
        var scratch = typeof(ClefPropertyBytes).GetField("t_scratch", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null);
        return scratch is Utf8Buffer buffer ? buffer.Capacity : 0;
    }
}
