namespace LogKit.Prometheus.Tests.Support;

/// <summary>
/// A test that runs the real <c>prometheus</c> server or <c>promtool</c> (Debian's <c>prometheus</c> package,
/// which <c>.ci/run</c> installs). Under CI=true it always runs, and fails when they are missing; elsewhere
/// it is skipped with the reason when they are not installed.
/// </summary>
public sealed class RequiresPrometheusFactAttribute : FactAttribute
{
    public RequiresPrometheusFactAttribute()
    {
        if ((PrometheusTools.Prometheus is null || PrometheusTools.Promtool is null) && !PrometheusTools.InCi)
            Skip = "needs prometheus and promtool on the PATH: apt-get install prometheus (as .ci/run does)";
    }
}
