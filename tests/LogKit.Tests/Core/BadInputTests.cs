using LogKit.Tests.Support;
using Serilog.Events;

namespace LogKit.Tests.Core;

/// <summary>Bad input never throws from a logging call and never costs other events.</summary>
[Collection(SerialCollection.Name)]
public class BadInputTests
{
    public sealed class ThrowingToString
    {
        public override string ToString() => throw new InvalidOperationException("no string for you");
    }

    public sealed class ThrowingProperty
    {
        public int Fine => 1;
        public int Broken => throw new InvalidOperationException("getter");
    }

    public sealed class Node
    {
        public string Name { get; set; } = "n";
        public Node? Next { get; set; }
        public List<Node> Children { get; } = [];
    }

    static Node Cycle()
    {
        var a = new Node { Name = "a" };
        var b = new Node { Name = "b", Next = a };
        a.Next = b;
        a.Children.Add(a);
        a.Children.Add(b);
        return a;
    }

    public static TheoryData<string, Action<Serilog.ILogger>> BadCalls() => new()
    {
        { "null template", log => log.Information(null!) },
        { "null template with args", log => log.Information(null!, 1, 2) },
        { "unclosed property", log => log.Information("{User", "x") },
        { "empty property", log => log.Information("{}", 1) },
        { "unclosed positional", log => log.Information("{0", 1) },
        { "too few arguments", log => log.Information("{A} {B} {C}", 1) },
        { "too many arguments", log => log.Information("{A}", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10) },
        { "no arguments for properties", log => log.Information("{A} {B}") },
        { "null params array", log => log.Information("{A}", (object?[]?)null) },
        { "ToString throws", log => log.Information("{Value}", new ThrowingToString()) },
        { "ToString throws when stringified", log => log.Information("{$Value}", new ThrowingToString()) },
        { "getter throws when destructured", log => log.Information("{@Value}", new ThrowingProperty()) },
        { "cyclic graph destructured", log => log.Information("{@Graph}", Cycle()) },
        { "cyclic graph as context", log => { using (LogContext.Push("Graph", Cycle(), destructureObjects: true)) log.Information("ctx"); } },
        { "1 MB string", log => log.Information("{Big}", new string('x', 1024 * 1024)) },
        { "NUL and control characters", log => log.Information("{S}", "a\0b\u0001c\u001fd\te\r\nf") },
        { "lone surrogates", log => log.Information("{S} {T}", "\ud800x", "y\udc00") },
        { "binary in the template", log => log.Information("\0\ud800{A}\u0007", 1) },
        { "exception whose ToString throws", log => log.Error(new ExceptionWithBadToString(), "failed") },
    };

    [Theory]
    [MemberData(nameof(BadCalls))]
    public void NeverThrowsAndEveryOtherEventStillArrives(string description, Action<Serilog.ILogger> badCall)
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        using (pipeline)
        {
            pipeline.Logger.Information("before");
            FluentActions.Invoking(() => badCall(pipeline.Logger)).Should().NotThrow(description);
            pipeline.Logger.Information("after");
        }

        sink.Messages.Should().StartWith("before").And.EndWith("after");
    }

    [Theory]
    [MemberData(nameof(BadCalls))]
    public void TheBadEventItselfIsWritten(string description, Action<Serilog.ILogger> badCall)
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        using (pipeline)
            badCall(pipeline.Logger);

        sink.Events.Should().ContainSingle(description);
        FluentActions.Invoking(() => sink.Events[0].RenderMessage()).Should().NotThrow();
    }

    [Fact]
    public void AThrowingToStringIsRecordedInsteadOfTheValue()
    {
        var e = DelegatingSink.GetLogEvent(log => log.Information("{Value}", new ThrowingToString()));

        e.Properties["Value"].ToString().Should().Contain("threw an exception");
    }

    [Fact]
    public void TheStaticFacadeTakesBadInputToo()
    {
        FluentActions.Invoking(() =>
        {
            Log.Verbose(null!);
            Log.Debug("{A", 1);
            Log.Information("{A} {B}", new ThrowingToString(), new ThrowingToString());
            Log.Warning("{@G}", Cycle());
        }).Should().NotThrow();
    }

    sealed class ExceptionWithBadToString : Exception
    {
        public override string ToString() => throw new InvalidOperationException("exception ToString");
    }
}
