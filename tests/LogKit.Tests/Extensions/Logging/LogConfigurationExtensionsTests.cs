using LogKit.Tests.Support;
using Microsoft.Extensions.Configuration;
using Serilog.Events;

namespace LogKit.Tests.Extensions.Logging;

/// <summary><c>Log.Configure(section)</c> and <c>pipeline.Configure(section)</c>, without a host.</summary>
[Collection(SerialCollection.Name)]
public sealed class LogConfigurationExtensionsTests : IDisposable
{
    public void Dispose()
    {
        // Put the static facade back as other tests expect it.
        Log.RemoveAllSinks();
        Log.MinimumLevel = LogEventLevel.Information;
        Log.Pipeline.SetMinimumLevelOverrides([]);
        Log.Pipeline.RemoveProperty("Application");
    }

    [Fact]
    public void TheStaticFacadeIsConfiguredFromTheSameSection()
    {
        using var folder = TempFolder.ForCaller();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LogKit:MinimumLevel"] = "Debug",
            ["LogKit:Console:Enabled"] = "false",
            ["LogKit:Files:0:Path"] = folder.File("facade.log"),
            ["LogKit:Properties:Application"] = "Orders",
        }).Build();

        using (Log.Configure(configuration.GetSection("LogKit")))
        {
            Log.Debug("configured {Value}", 1);
            Log.Flush();
        }

        Log.MinimumLevel.Should().Be(LogEventLevel.Debug);
        LogFiles.ReadLines(folder.File("facade.log")).Should().ContainSingle().Which.Should().Contain("\"Application\":\"Orders\"");
    }
}
