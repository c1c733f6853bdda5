using LogKit.Tests.Support;
using Serilog.Events;

namespace LogKit.Tests.Pipeline;

/// <summary><see cref="LogPipeline.ReplaceSinks"/>: every sink at once, all or nothing.</summary>
public class ReplaceSinksTests
{
    [Fact]
    public void NewSinksReplaceTheOldOnesInOneStep()
    {
        using var pipeline = TestPipeline.Create();
        var old = new CollectingSink();
        var oldHandle = pipeline.AddSink(old);
        var first = new CollectingSink();
        var second = new CollectingSink();

        var handles = pipeline.ReplaceSinks(p =>
        {
            p.AddSink(first, o => o.Name = "first");
            p.Logger.Information("while building");   // the old sinks still receive events
            p.AddSink(second, o => o.Name = "second");
        });
        pipeline.Logger.Information("after");

        handles.Select(h => h.Name).Should().Equal("first", "second");
        pipeline.Sinks.Should().Equal(handles);
        oldHandle.IsRemoved.Should().BeTrue();
        old.Messages.Should().Equal("while building");
        first.Messages.Should().Equal("after");
        second.Messages.Should().Equal("after");
    }

    [Fact]
    public void WhenBuildingFailsThePipelineKeepsItsSinksAndTheNewOnesAreClosed()
    {
        using var folder = TempFolder.ForCaller();
        using var other = TestPipeline.Create();
        other.AddFile(folder.File("taken.log"));
        using var pipeline = TestPipeline.Create();
        var existing = pipeline.AddSink(new CollectingSink());
        LogSinkHandle? built = null;

        FluentActions.Invoking(() => pipeline.ReplaceSinks(p =>
            {
                built = p.AddFile(folder.File("mine.log"));
                p.AddFile(folder.File("taken.log"));   // another pipeline writes it
            }))
            .Should().Throw<InvalidOperationException>().WithMessage("*taken.log*");

        pipeline.Sinks.Should().ContainSingle().Which.Should().BeSameAs(existing);
        existing.IsRemoved.Should().BeFalse();
        built.Should().NotBeNull();
        pipeline.AddFile(folder.File("mine.log")).Should().NotBeNull("the sink built for the failed replacement released its file");
    }

    [Fact]
    public void AFileThisPipelineWritesIsHandedOverWithNothingLost()
    {
        using var folder = TempFolder.ForCaller();
        var path = folder.File("app.log");
        using var pipeline = TestPipeline.Create();
        pipeline.AddFile(path);
        for (var i = 0; i < 1000; i++)
            pipeline.Logger.Information("Before {Number}", i);

        pipeline.ReplaceSinks(p => p.AddFile(path, new FileSinkOptions { MinimumLevel = LogEventLevel.Warning }));
        pipeline.Logger.Information("Dropped by the new level");
        pipeline.Logger.Warning("After");
        pipeline.CloseAndFlush();

        var lines = LogFiles.ReadLines(path);
        lines.Should().HaveCount(1001);
        lines[^1].Should().Contain("After");
    }

    [Fact]
    public void ANestedReplacementIsRefused()
    {
        using var pipeline = TestPipeline.Create();

        FluentActions.Invoking(() => pipeline.ReplaceSinks(p => p.ReplaceSinks(_ => { })))
            .Should().Throw<InvalidOperationException>();
        pipeline.AddSink(new CollectingSink()).IsRemoved.Should().BeFalse("the pipeline is usable after the refusal");
        pipeline.Sinks.Should().ContainSingle();
    }

    [Fact]
    public void CountersOfReplacedSinksStayInThePipelineTotals()
    {
        using var pipeline = TestPipeline.Create();
        pipeline.AddSink(new CollectingSink());
        pipeline.Logger.Information("one");

        pipeline.ReplaceSinks(p => p.AddSink(new CollectingSink()));
        pipeline.Logger.Information("two");

        pipeline.Counters.Accepted.Should().Be(2);
        pipeline.Counters.Written.Should().Be(2);
    }
}
