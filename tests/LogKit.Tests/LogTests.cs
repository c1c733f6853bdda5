using LogKit.Tests.Support;
using Serilog.Events;

namespace LogKit.Tests;

/// <summary>The static facade. It is process-wide, so these tests run serially and remove what they add.</summary>
[Collection(SerialCollection.Name)]
public sealed class LogTests : IDisposable
{
    readonly CollectingSink _sink = new();
    readonly LogSinkHandle _handle;
    readonly LogEventLevel _level = Log.MinimumLevel;

    public LogTests() => _handle = Log.AddSink(_sink);

    public void Dispose()
    {
        _handle.Dispose();
        Log.MinimumLevel = _level;
    }

    [Fact]
    public void LogsWithAndWithoutExceptionsAtEveryLevel()
    {
        Log.MinimumLevel = LogEventLevel.Verbose;
        var ex = new InvalidOperationException("x");

        Log.Verbose("v {A}", 1);
        Log.Debug("d {A} {B}", 1, 2);
        Log.Information("i {A} {B} {C}", 1, 2, 3);
        Log.Warning(ex, "Disk {Drive} almost full", "C:");
        Log.Error(ex, "e {A} {B} {C} {D}", 1, 2, 3, 4);
        Log.Fatal("f {A} {B} {C} {D} {E}", 1, 2, 3, 4, 5);
        Log.Write(LogEventLevel.Warning, "w");

        _sink.Events.Select(e => e.Level).Should().Equal(
            LogEventLevel.Verbose, LogEventLevel.Debug, LogEventLevel.Information, LogEventLevel.Warning,
            LogEventLevel.Error, LogEventLevel.Fatal, LogEventLevel.Warning);
        _sink.Events[3].Exception.Should().BeSameAs(ex);
        _sink.Events[3].RenderMessage().Should().Be("Disk \"C:\" almost full");
        _sink.Events[4].Properties.Keys.Should().Equal("A", "B", "C", "D");
        _sink.Events[5].Properties.Keys.Should().Equal("A", "B", "C", "D", "E");
    }

    [Fact]
    public void MinimumLevelIsInformationUntilChanged()
    {
        Log.MinimumLevel.Should().Be(LogEventLevel.Information);
        Log.Debug("hidden");
        Log.MinimumLevel = LogEventLevel.Debug;
        Log.Debug("shown");

        _sink.Messages.Should().Equal("shown");
    }

    [Fact]
    public void ForContextSetsSourceContextToTheFullTypeName()
    {
        Log.ForContext<LogTests>().Information("x");

        _sink.SingleEvent.Properties["SourceContext"].Should().Be(new ScalarValue(typeof(LogTests).FullName));
    }

    [Fact]
    public void EveryEventThroughABoundLoggerCarriesTheBoundProperty()
    {
        var bound = Log.Bind("OrderId", 42);
        bound.Information("one");
        bound.ForContext("Step", 2).Warning("two");
        Log.Information("unbound");

        _sink.Events.Take(2).Should().OnlyContain(e => e.Properties["OrderId"].Equals(new ScalarValue(42)));
        _sink.Events[1].Properties["Step"].Should().Be(new ScalarValue(2));
        _sink.Events[2].Properties.Should().NotContainKey("OrderId");
    }

    [Fact]
    public void CatchLogsAnEscapedExceptionAtErrorWithTheCallersNameAndDoesNotRethrow()
    {
        var boom = new InvalidOperationException("boom");

        void Work() => throw boom;

        FluentActions.Invoking(() => Log.Catch(Work)).Should().NotThrow();

        var e = _sink.SingleEvent;
        e.Level.Should().Be(LogEventLevel.Error);
        e.Exception.Should().BeSameAs(boom);
        e.Properties["Caller"].Should().Be(new ScalarValue(nameof(CatchLogsAnEscapedExceptionAtErrorWithTheCallersNameAndDoesNotRethrow)));
    }

    [Fact]
    public void CatchReturnsTheResultOrTheFallback()
    {
        Log.Catch(() => int.Parse("12", System.Globalization.CultureInfo.InvariantCulture), fallback: -1).Should().Be(12);
        Log.Catch(() => int.Parse("x", System.Globalization.CultureInfo.InvariantCulture), fallback: -1).Should().Be(-1);
        string? NoName() => throw new InvalidOperationException();
        Log.Catch(NoName, fallback: null).Should().BeNull();

        _sink.Events.Should().HaveCount(2).And.OnlyContain(e => e.Exception != null);
    }

    [Fact]
    public async Task CatchAwaitsTasksAndLogsTheirFailures()
    {
        await Log.Catch(async () => { await Task.Yield(); throw new TimeoutException("slow"); });
        (await Log.Catch(async () => { await Task.Yield(); return 5; }, fallback: 0)).Should().Be(5);
        (await Log.Catch(async () => { await Task.Yield(); return int.Parse("?", System.Globalization.CultureInfo.InvariantCulture); }, fallback: 7)).Should().Be(7);
        Task ThrowsBeforeReturningATask() => throw new ArgumentException("synchronous throw before the task");
        await Log.Catch(ThrowsBeforeReturningATask);

        _sink.Events.Select(e => e.Exception!.GetType()).Should().Equal(typeof(TimeoutException), typeof(FormatException), typeof(ArgumentException));
    }

    [Fact]
    public async Task FlushAndCloseAndFlushWaitForTheSinks()
    {
        Log.Information("x");
        await Log.FlushAsync();
        Log.Flush();

        _handle.Counters.Should().Be(new LogCounters(1, 1, 0, 0));
    }

    [Fact]
    public void TheFacadeWritesThroughItsDefaultPipeline()
    {
        Log.Logger.Information("via logger");
        Log.Pipeline.Logger.Information("via pipeline");

        _sink.Messages.Should().Equal("via logger", "via pipeline");
        Log.IsEnabled(LogEventLevel.Information).Should().BeTrue();
        Log.IsEnabled(LogEventLevel.Debug).Should().BeFalse();
    }
}
