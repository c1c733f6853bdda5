using System.Text;
using LogKit.Tests.Support;
using Serilog.Core;
using Serilog.Events;
using Serilog.Sinks.File;

namespace LogKit.Tests.Pipeline;

/// <summary>
/// The queue's byte bound holds on the managed heap: huge events behind a slow sink do not pile up.
/// Heap figures are process-wide, so these tests run alone.
/// </summary>
[Collection(SerialCollection.Name)]
public class QueueMemoryTests
{
    const int EventCount = 40;
    const int EventChars = 1024 * 1024;            // a 2 MB string; 1 MB of UTF-8 in a file
    const long Bound = 8L * 1024 * 1024;

    [Fact]
    public async Task HugeEventsBehindASlowBatchedSinkStayUnderTheByteBound()
    {
        var sink = new SlowBatchedSink();
        await using var pipeline = TestPipeline.Create();
        pipeline.AddBatchedSink(sink, o => { o.BatchSize = 1; o.QueueCapacityBytes = Bound; });

        var growth = LogHugeEvents(pipeline);
        await pipeline.FlushAsync();

        sink.Count.Should().Be(EventCount);
        // 2 MB strings: about four fit the bound; one more is in the caller's hands.
        growth.Should().BeLessThan(Bound + 3 * 2L * EventChars, $"the queue holds at most {Bound:N0} bytes of events (without the bound, all {EventCount} would be queued: {EventCount * 2L * EventChars:N0} bytes)");
    }

    [Fact]
    public async Task HugeEventsBehindASlowFileStayUnderTheByteBound()
    {
        using var folder = TempFolder.ForCaller();
        await using var pipeline = TestPipeline.Create();
        pipeline.AddFile(folder.File("app.log"), o => { o.Hooks = new SlowFileHooks(); o.QueueCapacityBytes = Bound; o.MaxFileSize = null; });

        var growth = LogHugeEvents(pipeline);
        await pipeline.FlushAsync();

        LogFiles.ReadAllLines(folder.Path).Should().HaveCount(EventCount);
        growth.Should().BeLessThan(Bound + 3 * 2L * EventChars, $"the queue holds at most {Bound:N0} formatted bytes");
    }

    /// <summary>Logs the events, each with a fresh 2 MB string, and returns the largest heap growth seen.</summary>
    static long LogHugeEvents(LogPipeline pipeline)
    {
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0;
        for (var i = 0; i < EventCount; i++)
        {
            pipeline.Logger.Information("Huge {N} {Payload}", i, new string((char)('a' + i % 26), EventChars));
            peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
        }
        return peak;
    }

    sealed class SlowBatchedSink : IBatchedLogEventSink
    {
        public int Count;

        public Task EmitBatchAsync(IReadOnlyCollection<LogEvent> batch)
        {
            Thread.Sleep(20);
            Interlocked.Add(ref Count, batch.Count);
            return Task.CompletedTask;
        }

        public Task OnEmptyBatchAsync() => Task.CompletedTask;
    }

    sealed class SlowFileHooks : FileLifecycleHooks
    {
        public override Stream OnFileOpened(string path, Stream underlyingStream, Encoding encoding) => new SlowStream(underlyingStream);
    }

    sealed class SlowStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            Thread.Sleep(20);
            inner.Write(buffer, offset, count);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
