using LogKit.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serilog.Events;

namespace LogKit.Tests.Extensions.Logging;

public class HostTests
{
    sealed class Worker(ILogger<Worker> logger, TaskCompletionSource done) : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken)
        {
            for (var i = 0; i < 200; i++)
                logger.LogInformation("Work item {Number}", i);
            done.SetResult();
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task StoppingTheHostFlushesEverythingLogged()
    {
        using var pipeline = TestPipeline.Create(LogEventLevel.Information);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders().AddLogKit(pipeline);
        // A slow background sink (2 ms an event): without a flush at stop, most events would still be queued.
        var written = new CollectingSink();
        var options = new QueuedSinkOptions();
        var slow = pipeline.Attach(new LogKit.Pipeline.QueuedEventSink(new DelegatingSink(e => { Thread.Sleep(2); written.Emit(e); }), "slow", options, new LogKit.Pipeline.EventQueue("slow")), options, "slow");
        var done = new TaskCompletionSource();
        builder.Services.AddSingleton(done);
        builder.Services.AddHostedService<Worker>();

        using var host = builder.Build();
        await host.StartAsync();
        await done.Task;
        await host.StopAsync();

        // Read at once: the host's stop flushed the pipeline.
        slow.Counters.Pending.Should().Be(0);
        written.Events.Count(e => e.MessageTemplate.Text == "Work item {Number}").Should().Be(200);
    }

    [Fact]
    public void TheServiceCollectionExtensionGivesLoggersThatWriteToLogKit()
    {
        using var folder = TempFolder.ForCaller();
        var services = new ServiceCollection();
        LogSinkHandle? file = null;
        services.AddLogKit(p => file = p.AddFile(folder.File("di.log")));

        using (var provider = services.BuildServiceProvider())
            provider.GetRequiredService<ILogger<HostTests>>().LogInformation("Hello from {Source}", "DI");

        try
        {
            LogFiles.ReadLines(folder.File("di.log")).Should().ContainSingle().Which.Should().Contain("\"Source\":\"DI\"");
        }
        finally
        {
            file!.Dispose();
        }
    }

    [Fact]
    public void AHostConfiguredFromItsLogKitSectionWritesThroughLogKit()
    {
        using var folder = TempFolder.ForCaller();
        using var pipeline = TestPipeline.Create();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LogKit:MinimumLevel:Default"] = "Information",
            ["LogKit:MinimumLevel:Override:Noisy"] = "Error",
            ["LogKit:Console:Enabled"] = "false",
            ["LogKit:Files:0:Path"] = folder.File("host.log"),
            ["LogKit:Properties:Application"] = "Orders",
        });
        builder.Logging.ClearProviders().AddLogKit(builder.Configuration.GetSection("LogKit"), pipeline);

        using (var host = builder.Build())
        {
            var factory = host.Services.GetRequiredService<ILoggerFactory>();
            factory.CreateLogger("Noisy.Component").LogWarning("filtered out");
            factory.CreateLogger("Quiet.Component").LogInformation("kept");
            pipeline.Flush();
        }

        var line = LogFiles.ReadLines(folder.File("host.log")).Should().ContainSingle().Subject;
        line.Should().Contain("\"@mt\":\"kept\"").And.Contain("\"Application\":\"Orders\"").And.Contain("\"SourceContext\":\"Quiet.Component\"");
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

    [Fact]
    public void TheServiceCollectionExtensionMakesLogKitTheOnlyProviderSoConsoleOutputIsNotDoubled()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        builder.Services.Should().Contain(d => d.ServiceType == typeof(ILoggerProvider) && d.ImplementationType != null && d.ImplementationType.Name == "ConsoleLoggerProvider",
            "the host's defaults add Microsoft's console provider, which would print every event a second time");

        builder.Services.AddLogKit(_ => { });
        using var host = builder.Build();

        host.Services.GetServices<ILoggerProvider>().Should().ContainSingle().Which.Should().BeOfType<LogKit.Extensions.Logging.LogKitLoggerProvider>();
    }
}
