using System.Text;
using BenchmarkDotNet.Attributes;
using LogKit.Formatting;
using LogKit.Formatting.Clef;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Parsing;

namespace LogKit.Benchmarks;

/// <summary>CLEF formatting of one materialised event: Serilog's CompactJsonFormatter through a UTF-8 StreamWriter, and LogKit's UTF-8 writer.</summary>
[MemoryDiagnoser]
public class FormattingBenchmarks
{
    readonly CompactJsonFormatter _formatter = new();
    readonly StreamWriter _writer = new(Stream.Null, new UTF8Encoding(false));
    readonly Utf8Buffer _buffer = new();
    LogEvent _event = null!;

    [GlobalSetup]
    public void Setup()
    {
        var template = new MessageTemplateParser().Parse(Throughput.Workload.Template);
        _event = new LogEvent(DateTimeOffset.Now, LogEventLevel.Information, null, template,
        [
            new LogEventProperty("UserId", new ScalarValue(123456)),
            new LogEventProperty("Quantity", new ScalarValue(3)),
            new LogEventProperty("Product", new ScalarValue("Widget")),
            new LogEventProperty("Price", new ScalarValue(19.99m)),
            new LogEventProperty("TenantId", new ScalarValue(7)),
            new LogEventProperty("RequestId", new ScalarValue("req-42")),
        ]);
    }

    [Benchmark(Baseline = true)]
    public void CompactJsonFormatter() => _formatter.Format(_event, _writer);

    [Benchmark]
    public void LogKitClefWriter()
    {
        _buffer.Clear();
        ClefWriter.Write(_buffer, _event);
    }
}
