namespace LogKit.Tests.PublicApi;

/// <summary>Every change to the public surface shows up in review as a change to the approved file.</summary>
public class PublicApiTests
{
    const string Project = "LogKit.Tests";

    [Fact]
    public void ThePublicApiIsTheApprovedOne()
        => ApprovedApi.Verify(typeof(Log).Assembly, Project, "LogKit");

    [Fact]
    public void TheExtensionsLoggingPublicApiIsTheApprovedOne()
        // The AddLogKit extensions live in Microsoft.Extensions.* namespaces, which the generator skips by default.
        => ApprovedApi.Verify(typeof(LogKit.Extensions.Logging.LogKitLoggerProvider).Assembly, Project, "LogKit.Extensions.Logging", "Microsoft.Extensions");

    [Fact]
    public void ThePrometheusPublicApiIsTheApprovedOne()
        => ApprovedApi.Verify(typeof(LogKitMetrics).Assembly, Project, "LogKit.Prometheus");
}
