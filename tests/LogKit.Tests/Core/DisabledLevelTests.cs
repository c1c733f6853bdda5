using LogKit.Tests.Support;
using Serilog.Events;

namespace LogKit.Tests.Core;

/// <summary>
/// A call below the minimum level must cost nothing: no boxing, no params array, no capture.
/// Allocation is measured on the calling thread (timing belongs to the benchmarks).
/// </summary>
public class DisabledLevelTests
{
    [Fact]
    public void ADisabledCallThroughSerilogsILoggerWithUpToThreeArgumentsAllocatesNothing()
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink(LogEventLevel.Information);
        using (pipeline)
        {
            Serilog.ILogger logger = pipeline.Logger;   // the interface: Serilog's generic overloads stop at three
            var when = DateTime.UtcNow;
            var id = Guid.NewGuid();
            var exception = new InvalidOperationException();

            void Calls()
            {
                logger.Debug("x");
                logger.Debug("x {A}", 1);
                logger.Debug("x {A} {B}", 1, 2.5m);
                logger.Debug("x {A} {B} {C}", 1, when, id);
                logger.Verbose(exception, "x {A} {B} {C}", 1, "s", 3L);
            }

            var allocated = Allocations.Fewest(1000, _ => Calls());

            allocated.Should().Be(0);
            sink.Events.Should().BeEmpty();
        }
    }

    [Fact]
    public void ADisabledCallOnALoggerWithUpToFourArgumentsAllocatesNothing()
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink(LogEventLevel.Information);
        using (pipeline)
        {
            pipeline.OverrideMinimumLevel(typeof(DisabledLevelTests).FullName!, LogEventLevel.Error);
            var root = pipeline.Logger;
            var typed = root.ForContext<DisabledLevelTests>().Bind("Tenant", 7);   // below its override: Warning is off
            var when = DateTime.UtcNow;
            var id = Guid.NewGuid();
            var exception = new InvalidOperationException();

            void Calls()
            {
                root.Debug("x");
                root.Debug("x {A}", 1);
                root.Debug("x {A} {B}", 1, 2.5m);
                root.Debug("x {A} {B} {C}", 1, when, id);
                root.Debug("x {A} {B} {C} {D}", 1, when, id, 4.5);
                root.Verbose(exception, "x {A} {B} {C} {D}", 1, "s", 3L, id);
                root.Write(LogEventLevel.Debug, "x {A} {B} {C} {D}", 1, 2L, 3.0, true);
                typed.Warning("x {A} {B} {C} {D}", 1, when, id, 4.5);
                typed.Warning(exception, "x {A} {B} {C} {D}", 1, "s", 3L, id);
                typed.Debug($"x {id} {when}");
                typed.Warning(exception, $"x {id} {when}");
            }

            var allocated = Allocations.Fewest(1000, _ => Calls());

            allocated.Should().Be(0);
            sink.Events.Should().BeEmpty();
        }
    }

    [Fact]
    public void TheStaticFacadeAllocatesNothingForDisabledCallsWithFourArguments()
    {
        var allocated = Allocations.Fewest(() =>
        {
            for (var i = 0; i < 1000; i++)
            {
                Log.Debug("x {A} {B} {C} {D}", 1, 2L, 3.0, true);
                Log.Verbose("x {A}", i);
            }
        });

        allocated.Should().Be(0);
    }
}
