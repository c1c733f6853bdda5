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
    public void ADisabledCallWithUpToFourArgumentsAllocatesNothing()
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink(LogEventLevel.Information);
        using (pipeline)
        {
            var logger = pipeline.Logger;
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

            var allocated = Allocations.Fewest(() =>
            {
                for (var i = 0; i < 1000; i++)
                    Calls();
            });

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
