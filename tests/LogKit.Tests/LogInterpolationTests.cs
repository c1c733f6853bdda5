using LogKit.Tests.Support;
using Serilog.Events;

namespace LogKit.Tests;

/// <summary>The interpolated-string overloads of the static facade, which passes its own pipeline (the handler itself: <c>Interpolation/LogInterpolatedStringHandlerTests</c>).</summary>
[Collection(SerialCollection.Name)]
public sealed class LogInterpolationTests : IDisposable
{
    readonly TempFolder _folder = TempFolder.ForCaller();
    readonly LogSinkHandle _file;
    readonly CollectingSink _sink = new();
    readonly LogSinkHandle _collecting;

    public LogInterpolationTests()
    {
        _file = Log.AddFile(_folder.File("interpolated.log"));
        _collecting = Log.AddSink(_sink);
    }

    public void Dispose()
    {
        _file.Dispose();
        _collecting.Dispose();
        _folder.Dispose();
        Log.MinimumLevel = LogEventLevel.Information;
    }

    [Fact]
    public void WritesTheSameClefAsTheTemplateForm()
    {
        var userId = 42;
        var quantity = 3;
        var product = "Widget \"deluxe\"";
        var price = 19.99m;
        using (LogContext.Push("RequestId", "r-1"))
        {
            Log.Information($"User {userId} bought {quantity} x {product} for {price}");
            Log.Information("User {userId} bought {quantity} x {product} for {price}", userId, quantity, product, price);
            Log.Warning(new InvalidOperationException("x"), $"Failed {userId}");
            Log.Warning(new InvalidOperationException("x"), "Failed {userId}", userId);
        }
        Log.Flush();

        var lines = LogFiles.ReadLines(_folder.File("interpolated.log")).Select(WithoutTimestamp).ToArray();
        lines.Should().HaveCount(4);
        lines[0].Should().Be(lines[1]);
        lines[2].Should().Be(lines[3]);
        _sink.Events[0].MessageTemplate.Text.Should().Be("User {userId} bought {quantity} x {product} for {price}");
    }

    [Fact]
    public void NothingIsEvaluatedWhenTheLevelIsOff()
    {
        var evaluated = 0;
        int Expensive() => ++evaluated;

        Log.Debug($"never {Expensive()}");
        Log.MinimumLevel = LogEventLevel.Debug;
        Log.Debug($"now {Expensive()}");

        evaluated.Should().Be(1);
        _sink.SingleEvent.Properties["Arg0"].Should().Be(new ScalarValue(1));
    }

    [Fact]
    public void ADisabledInterpolatedCallAllocatesNothing()
    {
        var userId = 42;
        var price = 19.99m;
        var allocated = Allocations.Fewest(1000, i => Log.Debug($"User {userId} paid {price} on try {i}"));

        allocated.Should().Be(0);
    }

    static string WithoutTimestamp(string line) => line[(line.IndexOf(",\"@mt\"", StringComparison.Ordinal))..];
}
