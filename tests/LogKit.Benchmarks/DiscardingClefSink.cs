using LogKit.Core;
using LogKit.Formatting;
using LogKit.Formatting.Clef;
using LogKit.Pipeline;

namespace LogKit.Benchmarks;

/// <summary>A LogKit sink that formats each entry as CLEF, as the file sink does on the caller, and discards the bytes.</summary>
internal sealed class DiscardingClefSink : PipelineSink
{
    public long Bytes { get; private set; }

    public override void Emit(ref LogEntry entry)
    {
        var buffer = Utf8Buffer.Rent();
        ClefWriter.Write(buffer, ref entry);
        Bytes += buffer.Length;
        Utf8Buffer.Return(buffer);
    }

    public override void Close()
    {
    }
}
