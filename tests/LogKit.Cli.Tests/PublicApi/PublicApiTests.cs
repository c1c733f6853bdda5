namespace LogKit.Cli.Tests.PublicApi;

/// <summary>
/// The tool's public surface is its reading engine (<c>LogKit.Cli.Reading</c>), which <c>logkit serve</c> and
/// others build on: every change to it shows up in review.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void TheReadingEnginesPublicApiIsTheApprovedOne()
        => ApprovedApi.Verify(typeof(LogKit.Cli.Reading.LogQuery).Assembly, "LogKit.Cli.Tests", "LogKit.Cli");
}
