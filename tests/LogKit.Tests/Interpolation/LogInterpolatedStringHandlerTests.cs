using LogKit.Tests.Support;
using Serilog.Events;

namespace LogKit.Tests.Interpolation;

/// <summary>The interpolated-string handler on a pipeline of its own (the logger comes with the call, so these run in parallel).</summary>
public sealed class LogInterpolatedStringHandlerTests : IDisposable
{
    readonly TempFolder _folder = TempFolder.ForCaller();
    readonly LogPipeline _pipeline = TestPipeline.Create(LogEventLevel.Information);
    readonly LogSinkHandle _file;
    readonly CollectingSink _sink = new();
    readonly LogSinkHandle _collecting;

    public LogInterpolatedStringHandlerTests()
    {
        _file = _pipeline.AddFile(_folder.File("interpolated.log"));
        _collecting = _pipeline.AddSink(_sink);
    }

    public void Dispose()
    {
        _file.Dispose();
        _collecting.Dispose();
        _pipeline.Dispose();
        _folder.Dispose();
    }

    sealed record Order(int Id, decimal Total);

    [Fact]
    public void WritesTheSameClefAsTheTemplateForm()
    {
        var userId = 42;
        var quantity = 3;
        var product = "Widget \"deluxe\"";
        var price = 19.99m;
        using (LogContext.Push("RequestId", "r-1"))
        {
            _pipeline.Information($"User {userId} bought {quantity} x {product} for {price}");
            _pipeline.Logger.Information("User {userId} bought {quantity} x {product} for {price}", userId, quantity, product, price);
            _pipeline.Warning(new InvalidOperationException("x"), $"Failed {userId}");
            _pipeline.Logger.Warning(new InvalidOperationException("x"), "Failed {userId}", userId);
        }
        _pipeline.Flush();

        var lines = LogFiles.ReadLines(_folder.File("interpolated.log")).Select(WithoutTimestamp).ToArray();
        lines.Should().HaveCount(4);
        lines[0].Should().Be(lines[1]);
        lines[2].Should().Be(lines[3]);
        _sink.Events[0].MessageTemplate.Text.Should().Be("User {userId} bought {quantity} x {product} for {price}");
    }

    [Fact]
    public void TheEventGoesToThePipelineThatWasCalledOnly()
    {
        var (other, otherSink) = TestPipeline.WithCollectingSink();
        using (other)
        {
            var id = 9;
            _pipeline.Information($"Mine {id}");
            other.Warning($"Other's {id}");
        }

        _sink.SingleEvent.MessageTemplate.Text.Should().Be("Mine {id}");
        otherSink.SingleEvent.Level.Should().Be(LogEventLevel.Warning);
        otherSink.SingleEvent.MessageTemplate.Text.Should().Be("Other's {id}");
    }

    [Fact]
    public void NamesComeFromTheExpressionOrFromAnAtName()
    {
        var order = new Order(7, 12.5m);
        var name = "ann";
        _pipeline.Information($"Order {order.Id} totals {order.Total:@Total:0.00} for {name,6} via {GetHashCode()} {{braces}}");

        var e = _sink.SingleEvent;
        e.MessageTemplate.Text.Should().Be("Order {Id} totals {Total:0.00} for {name,6} via {Arg3} {{braces}}");
        e.Properties.Keys.Should().Equal("Id", "Total", "name", "Arg3");
        e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture).Should().Be($"Order 7 totals 12.50 for  \"ann\" via {GetHashCode()} {{braces}}");
    }

    [Fact]
    public void JoinedStringsManyHolesAndClashingNamesAreAllKept()
    {
        var from = new Order(1, 10m);
        var to = new Order(2, 20m);
        int a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8, i = 9, j = 10;

        _pipeline.Information($"Order {from.Id} " + $"to {to.Id}");
        _pipeline.Information($"{a}{b}{c}{d}{e}{f}{g}{h}{i}{j}");
        _pipeline.Information($"Repeat {a} and {a}");

        _sink.Events[0].MessageTemplate.Text.Should().Be("Order {Id} to {Id_1}");
        _sink.Events[0].RenderMessage().Should().Be("Order 1 to 2");
        _sink.Events[1].Properties.Keys.Should().Equal("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
        _sink.Events[1].RenderMessage().Should().Be("12345678910");
        _sink.Events[2].MessageTemplate.Text.Should().Be("Repeat {a} and {a}");
        _sink.Events[2].RenderMessage().Should().Be("Repeat 1 and 1");
    }

    [Fact]
    public void AnInvalidAtNameFallsBackToTheExpressionAndAnAtAtNameDestructures()
    {
        var id = 5;
        var order = new Order(3, 4m);

        _pipeline.Information($"{id:@1} {id:@Total Price} {order:@@Order}");

        var e = _sink.SingleEvent;
        e.MessageTemplate.Text.Should().Be("{id} {id} {@Order}");
        e.Properties["Order"].Should().BeOfType<StructureValue>();
    }

    [Fact]
    public void NothingIsEvaluatedWhenTheLevelIsOff()
    {
        var evaluated = 0;
        int Expensive() => ++evaluated;

        _pipeline.Debug($"never {Expensive()}");
        _pipeline.MinimumLevel = LogEventLevel.Debug;
        _pipeline.Debug($"now {Expensive()}");

        evaluated.Should().Be(1);
        _sink.SingleEvent.Properties["Arg0"].Should().Be(new ScalarValue(1));
    }

    [Fact]
    public void ADisabledInterpolatedCallAllocatesNothing()
    {
        var userId = 42;
        var price = 19.99m;
        var allocated = Allocations.Fewest(1000, i => _pipeline.Debug($"User {userId} paid {price} on try {i}"));

        allocated.Should().Be(0);
    }

    static string WithoutTimestamp(string line) => line[(line.IndexOf(",\"@mt\"", StringComparison.Ordinal))..];
}
