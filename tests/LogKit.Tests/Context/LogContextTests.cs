using LogKit.Tests.Support;
using Serilog.Events;

namespace LogKit.Tests.Context;

public class LogContextTests
{
    static object? Scalar(LogEvent e, string name)
        => e.Properties.TryGetValue(name, out var value) ? (value as ScalarValue)?.Value : null;

    [Fact]
    public void PushedPropertyAppearsOnEveryEventInsideTheScopeOnEverySink()
    {
        using var pipeline = TestPipeline.Create();
        var first = new CollectingSink();
        var second = new CollectingSink();
        pipeline.AddSink(first);
        pipeline.AddSink(second);
        var id = Some.Int();

        using (LogContext.Push("RequestId", id))
        {
            pipeline.Logger.Information("one");
            pipeline.Logger.Warning("two {X}", 1);
        }

        foreach (var sink in new[] { first, second })
            sink.Events.Should().HaveCount(2).And.OnlyContain(e => Equals(Scalar(e, "RequestId"), id));
    }

    [Fact]
    public void PropertiesVanishAfterDispose()
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        using (pipeline)
        {
            var scope = LogContext.Push("A", 1);
            pipeline.Logger.Information("inside");
            scope.Dispose();
            pipeline.Logger.Information("outside");
        }

        sink.Events[0].Properties.Should().ContainKey("A");
        sink.Events[1].Properties.Should().NotContainKey("A");
    }

    [Fact]
    public async Task FlowsAcrossAwaitTaskRunAndParallelForChildren()
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        using (pipeline)
        using (LogContext.Push("Flow", "f1"))
        {
            await Task.Yield();
            pipeline.Logger.Information("after await");
            await Task.Run(() => pipeline.Logger.Information("in Task.Run"));
            Parallel.For(0, 16, i => pipeline.Logger.Information("parallel {I}", i));
            var thread = new Thread(() => pipeline.Logger.Information("new thread"));
            thread.Start();
            thread.Join();
        }

        sink.Events.Should().HaveCount(19).And.OnlyContain(e => Equals(Scalar(e, "Flow"), "f1"));
    }

    [Fact]
    public void NestedPushOfTheSameNameShadowsAndThenRestores()
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        using (pipeline)
        using (LogContext.Push("User", "outer"))
        {
            using (LogContext.Push("User", "inner"))
                pipeline.Logger.Information("inner");
            pipeline.Logger.Information("outer");
        }

        sink.Events.Select(e => Scalar(e, "User")).Should().Equal("inner", "outer");
    }

    [Fact]
    public void DisposingOutOfOrderRemovesExactlyTheDisposedScope()
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        using (pipeline)
        {
            var a = LogContext.Push("A", 1);
            var b = LogContext.Push("B", 2);
            var c = LogContext.Push("C", 3);

            b.Dispose();                             // the middle one first
            pipeline.Logger.Information("after b");
            a.Dispose();
            pipeline.Logger.Information("after a");
            c.Dispose();
            pipeline.Logger.Information("after c");
            b.Dispose();                             // a second dispose does nothing
            pipeline.Logger.Information("after b again");
        }

        sink.Events.Select(e => string.Join(",", e.Properties.Keys.Order())).Should()
            .Equal("A,C", "C", "", "");
    }

    [Fact]
    public async Task ChildFlowKeepsItsContextAfterTheParentScopeEnds()
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        var release = new TaskCompletionSource();
        Task child;
        using (pipeline)
        {
            using (LogContext.Push("Request", 7))
            {
                child = Task.Run(async () =>
                {
                    await release.Task;
                    pipeline.Logger.Information("late");
                });
            }
            pipeline.Logger.Information("parent after scope");
            release.SetResult();
            await child;
        }

        sink.Events.Single(e => e.MessageTemplate.Text == "late").Properties.Should().ContainKey("Request");
        sink.Events.Single(e => e.MessageTemplate.Text == "parent after scope").Properties.Should().NotContainKey("Request");
    }

    [Fact]
    public void PushingAnObjectAddsEachPublicProperty()
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        using (pipeline)
        using (LogContext.Push(new { User = "John", TenantId = 7 }))
            pipeline.Logger.Information("x");

        Scalar(sink.SingleEvent, "User").Should().Be("John");
        Scalar(sink.SingleEvent, "TenantId").Should().Be(7);
    }

    [Fact]
    public void PushingAnObjectTakesPublicGettersOnly()
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        using (pipeline)
        using (LogContext.Push(new Awkward { PrivateGet = 1, Public = 2 }))
            pipeline.Logger.Information("x");

        sink.SingleEvent.Properties.Should().ContainKey("Public").And.NotContainKeys("PrivateGet", "InternalGet", "WriteOnly");
    }

    sealed class Awkward
    {
        public int PrivateGet { private get; set; }
        public int InternalGet { internal get; set; }
        public int WriteOnly { set { } }
        public int Public { get; set; }
    }

    [Fact]
    public void TenThousandDistinctNestedPushesAndOutOfOrderDisposalStayFast()
    {
        // Each push was O(k) copies with an O(k) scan per name, so this took minutes; it is O(pushed) now.
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        // Only the context operations are timed: writing a 10,000-property event is the sink's business.
        var watch = new System.Diagnostics.Stopwatch();
        var scopes = new IDisposable[10_000];
        using (pipeline)
        {
            watch.Start();
            for (var i = 0; i < scopes.Length; i++)
                scopes[i] = LogContext.Push("P" + i, i);
            watch.Stop();
            pipeline.Logger.Information("deep");
            watch.Start();
            scopes[0].Dispose();                     // the outermost, out of order
            watch.Stop();
            pipeline.Logger.Information("without P0");
            watch.Start();
            for (var i = scopes.Length - 1; i > 0; i--)
                scopes[i].Dispose();
            watch.Stop();
            pipeline.Logger.Information("empty");
        }

        sink.Events[0].Properties.Should().HaveCount(10_000);
        sink.Events[1].Properties.Should().HaveCount(9_999).And.NotContainKey("P0").And.ContainKey("P9999");
        sink.Events[2].Properties.Should().BeEmpty();
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void TenThousandNestedPushesOfOneNameShowTheInnermost()
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        var scopes = new Stack<IDisposable>();
        using (pipeline)
        {
            for (var i = 0; i < 10_000; i++)
                scopes.Push(LogContext.Push("Depth", i));
            pipeline.Logger.Information("deep");
            while (scopes.Count > 1)
                scopes.Pop().Dispose();
            pipeline.Logger.Information("shallow");
            scopes.Pop().Dispose();
        }

        Scalar(sink.Events[0], "Depth").Should().Be(9_999);
        Scalar(sink.Events[1], "Depth").Should().Be(0);
    }

    [Fact]
    public void PushingADictionaryAddsEachEntry()
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        using (pipeline)
        {
            using (LogContext.Push(new Dictionary<string, object?> { ["A"] = 1, ["B"] = "two" }))
                pipeline.Logger.Information("x");
            using (LogContext.Push((object)new Dictionary<string, int> { ["C"] = 3 }))
                pipeline.Logger.Information("y");
        }

        Scalar(sink.Events[0], "A").Should().Be(1);
        Scalar(sink.Events[0], "B").Should().Be("two");
        Scalar(sink.Events[1], "C").Should().Be(3);
        sink.Events[1].Properties.Should().NotContainKey("Count");
    }

    [Fact]
    public void TemplatePropertiesWinOverContextAndBoundPropertiesWinOverContext()
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        using (pipeline)
        using (LogContext.Push("Name", "context"))
        {
            pipeline.Logger.Information("{Name}", "template");
            pipeline.Logger.ForContext("Name", "bound").Information("x");
            pipeline.Logger.Information("y");
        }

        sink.Events.Select(e => Scalar(e, "Name")).Should().Equal("template", "bound", "context");
    }

    [Fact]
    public void ValuesAreCapturedWhenPushed()
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        var list = new List<int> { 1 };
        using (pipeline)
        using (LogContext.Push("Items", list))
        {
            list.Add(2);
            pipeline.Logger.Information("x");
        }

        sink.SingleEvent.Properties["Items"].ToString().Should().Be("[1]");
    }

    [Fact]
    public void SuspendHidesTheContextUntilDisposed()
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        using (pipeline)
        using (LogContext.Push("A", 1))
        {
            using (LogContext.Suspend())
                pipeline.Logger.Information("hidden");
            pipeline.Logger.Information("back");
        }

        sink.Events[0].Properties.Should().NotContainKey("A");
        sink.Events[1].Properties.Should().ContainKey("A");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void AnInvalidNameIsAConfigurationErrorThatSaysWhatToDo(string? name)
    {
        var push = () => LogContext.Push(name!, 1);

        push.Should().Throw<ArgumentException>().WithMessage("*LogContext.Push(\"RequestId\", id)*");
    }

    [Fact]
    public void PushingAScalarWithoutANameSaysWhatToDo()
    {
        var push = () => LogContext.Push((object)"just a string");

        push.Should().Throw<ArgumentException>().WithMessage("*Use LogContext.Push(name, value)*");
    }

    [Fact]
    public void AScopeDisposedWhileSuspendedDoesNotComeBack()
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        using (pipeline)
        {
            var user = LogContext.Push("User", "ann");
            var suspended = LogContext.Suspend();
            user.Dispose();
            suspended.Dispose();
            pipeline.Logger.Information("after");
        }

        sink.SingleEvent.Properties.Should().NotContainKey("User");
    }
}
