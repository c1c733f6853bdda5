using LogKit.Extensions.Logging;
using LogKit.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serilog.Events;

namespace LogKit.Tests.Extensions.Logging;

/// <summary>Regressions for defects found in the second review.</summary>
public class ConfigurationStrictnessTests
{
    static IConfigurationSection Section(params (string Key, string? Value)[] values)
        => new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build().GetSection("LogKit");

    [Fact]
    public void AScalarMinimumLevelAndOverridesFromAnotherSourceAreBothRead()
    {
        using var pipeline = TestPipeline.Create();
        using var configured = pipeline.Configure(Section(("LogKit:MinimumLevel", "Debug"), ("LogKit:MinimumLevel:Override:Microsoft", "Warning"), ("LogKit:Console:Enabled", "false")));

        pipeline.MinimumLevel.Should().Be(LogEventLevel.Debug);
        pipeline.MinimumLevelOverrides.Should().ContainKey("Microsoft");
    }

    [Theory]
    [InlineData("LogKit:MinimumLevel", "Debug, Information")]
    [InlineData("LogKit:MinimumLevel", "1")]
    [InlineData("LogKit:Console", "false")]
    [InlineData("LogKit:Files", "logs/x.log")]
    [InlineData("LogKit:MinimumLevel:Override:Microsoft:Default", "Warning")]
    [InlineData("LogKit:MinimumLevel:Default:X", "Warning")]
    public void ValuesThatOnlyLookRightAreMistakes(string key, string value)
    {
        using var pipeline = TestPipeline.Create();

        FluentActions.Invoking(() => pipeline.Configure(Section((key, value)))).Should().Throw<LogKitConfigurationException>();
    }

    [Fact]
    public void AFileAnotherPipelineWritesIsAMistakeThatChangesNothing()
    {
        using var folder = TempFolder.ForCaller();
        using var other = TestPipeline.Create();
        other.AddFile(folder.File("taken.log"));
        using var pipeline = TestPipeline.Create();
        var existing = pipeline.AddSink(new CollectingSink());

        var thrown = FluentActions.Invoking(() => pipeline.Configure(Section(("LogKit:Files:0:Path", folder.File("taken.log")))))
            .Should().Throw<LogKitConfigurationException>().Which;

        thrown.Key.Should().Be("LogKit:Files:0:Path");
        pipeline.Sinks.Should().ContainSingle().Which.Should().BeSameAs(existing);
    }

    [Fact]
    public void ADisposedHostStopsFollowingConfigurationReloads()
    {
        using var pipeline = TestPipeline.Create();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LogKit:MinimumLevel"] = "Information",
            ["LogKit:Console:Enabled"] = "false",
        }).Build();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders().AddLogKit(configuration.GetSection("LogKit"), pipeline);
        using (var host = builder.Build())
            host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("x").LogInformation("up");

        configuration["LogKit:MinimumLevel"] = "Error";
        configuration.Reload();

        pipeline.MinimumLevel.Should().Be(LogEventLevel.Information);
    }
}

public class OverrideConcurrencyTests
{
    [Fact]
    public async Task ConcurrentOverridesAreAllKept()
    {
        using var pipeline = TestPipeline.Create();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 50; i++)
                pipeline.OverrideMinimumLevel($"T{t}.N{i}", LogEventLevel.Debug);
        })));

        pipeline.MinimumLevelOverrides.Should().HaveCount(400);
    }

    [Fact]
    public void ReplacingOverridesKeepsTheLastOfARepeatedPrefixAndRejectsBadLevels()
    {
        using var pipeline = TestPipeline.Create();
        pipeline.SetMinimumLevelOverrides([new("A", LogEventLevel.Debug), new("A", LogEventLevel.Error)]);

        pipeline.MinimumLevelOverrides.Should().Equal(new Dictionary<string, LogEventLevel> { ["A"] = LogEventLevel.Error });
        FluentActions.Invoking(() => pipeline.SetMinimumLevelOverrides([new("B", (LogEventLevel)42)])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => pipeline.SetMinimumLevelOverrides([new(" ", LogEventLevel.Debug)])).Should().Throw<ArgumentException>();
    }
}

public class ScopeStateTests
{
    [Fact]
    public void TupleAndNullScopesMapAsInSerilogExtensionsLogging()
    {
        using var pipeline = TestPipeline.Create();
        var sink = new CollectingSink();
        pipeline.AddSink(sink);
        using var factory = LoggerFactory.Create(b => b.AddLogKit(pipeline));
        var logger = factory.CreateLogger("x");

        using (logger.BeginScope(("OrderId", 42)))
        using (logger.BeginScope<object>(null!))
            logger.LogInformation("inside");

        sink.SingleEvent.Properties["OrderId"].Should().Be(new ScalarValue(42));
        sink.SingleEvent.Properties.Should().NotContainKey("Scope");
    }
}
