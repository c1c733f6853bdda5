using LogKit.Tests.Support;
using Serilog.Events;

namespace LogKit.Tests.Core;

public class PipelineLoggerTests
{
    [Fact]
    public void ATenThousandLongForContextChainStaysFast()
    {
        // Each ForContext copied and scanned every bound property: O(k^2) for a chain of k.
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var logger = pipeline.Logger;
        for (var i = 0; i < 10_000; i++)
            logger = logger.ForContext("P" + i, i);
        logger = logger.ForContext("P0", "newest");
        watch.Stop();
        using (pipeline)
            logger.Information("chained");

        var properties = sink.SingleEvent.Properties;
        properties.Should().HaveCount(10_000);
        ((ScalarValue)properties["P0"]).Value.Should().Be("newest");
        ((ScalarValue)properties["P9999"]).Value.Should().Be(9_999);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void EveryLinkOfAChainSeesOnlyWhatWasBoundBeforeIt()
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        using (pipeline)
        {
            var a = pipeline.Logger.ForContext("A", 1);
            var b = a.ForContext("B", 2);
            var a2 = b.ForContext("A", 3);
            a.Information("a");
            a2.Information("a2");
            b.Information("b");
        }

        sink.Events.Select(e => string.Join(",", e.Properties.OrderBy(p => p.Key).Select(p => p.Key + "=" + p.Value)))
            .Should().Equal("A=1", "A=3,B=2", "A=1,B=2");
    }
}
