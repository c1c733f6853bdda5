using System.Text;

namespace LogKit.Benchmarks.Throughput;

/// <summary>The I/O limit: the same number of pre-formatted CLEF lines through a 64 KiB FileStream.</summary>
public sealed class RawFileStreamSubject : IThroughputSubject
{
    FileStream? _stream;
    byte[] _line = [];

    public string Name => "raw pre-formatted FileStream (I/O limit)";

    public void Setup(string folder)
    {
        _line = Encoding.UTF8.GetBytes("{\"@t\":\"2026-11-25T10:16:53.1234567Z\",\"@mt\":\"User {UserId} bought {Quantity} x {Product} for {Price}\",\"UserId\":123456,\"Quantity\":3,\"Product\":\"Widget\",\"Price\":19.99,\"TenantId\":7,\"RequestId\":\"req-123\"}\n");
        _stream = new FileStream(Path.Combine(folder, "app.log"), FileMode.Create, FileAccess.Write, FileShare.Read, 64 * 1024);
    }

    public void Log(int count)
    {
        var stream = _stream!;
        for (var i = 0; i < count; i++)
        {
            // FileStream is not thread-safe; on several threads this is the I/O limit with one lock per line.
            lock (stream)
                stream.Write(_line);
        }
    }

    public void Finish() => _stream!.Dispose();
}
