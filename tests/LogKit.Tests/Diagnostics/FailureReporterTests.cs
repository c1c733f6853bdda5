using LogKit.Tests.Support;

namespace LogKit.Tests.Diagnostics;

[Collection(SerialCollection.Name)]
public class FailureReporterTests
{
    [Fact]
    public void AFailingSinkIsReportedToSelfLogOncePerBurstAndItsRecoveryIsReported()
    {
        using var selfLog = new SelfLogCapture();
        using var pipeline = TestPipeline.Create();
        var failing = true;
        pipeline.AddSink(new DelegatingSink(_ =>
        {
            if (failing)
                throw new IOException("disk gone");
        }), o => o.Name = "flaky");

        for (var i = 0; i < 50; i++)
            pipeline.Logger.Information("{I}", i);
        failing = false;
        pipeline.Logger.Information("recovered");
        failing = true;
        pipeline.Logger.Information("fails again");

        selfLog.Lines.Where(l => l.Contains("flaky failed to write", StringComparison.Ordinal)).Should().HaveCount(2, "one report per burst");
        selfLog.Lines.Should().ContainSingle(l => l.Contains("flaky recovered; 50 event(s) failed meanwhile", StringComparison.Ordinal));
        selfLog.Lines.Should().Contain(l => l.Contains("disk gone", StringComparison.Ordinal));
    }
}
