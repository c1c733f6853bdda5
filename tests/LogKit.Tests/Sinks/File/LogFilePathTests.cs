using LogKit.Extensions.Logging;
using LogKit.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace LogKit.Tests.Sinks.File;

/// <summary>A log path that can never be written fails when the sink is added, not at every write.</summary>
public class LogFilePathTests
{
    [Fact]
    public void AFolderThatCannotBeCreatedThrowsWithTheConfigurationReadersWords()
    {
        using var folder = TempFolder.ForCaller();
        System.IO.File.WriteAllText(folder.File("blocker"), "a file, not a folder");
        var path = folder.File("blocker/logs/app.log");
        using var pipeline = TestPipeline.Create();

        var inCode = FluentActions.Invoking(() => pipeline.AddFile(path)).Should().Throw<ArgumentException>().Which;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("LogKit:Files:0:Path", path)]).Build();
        var configured = FluentActions.Invoking(() => pipeline.Configure(configuration.GetSection("LogKit"))).Should().Throw<LogKitConfigurationException>().Which;

        inCode.ParamName.Should().Be("path");
        inCode.Message.Should().Contain(path).And.Contain("the folder cannot be created (");
        var problem = inCode.Message[inCode.Message.IndexOf("the folder cannot be created", StringComparison.Ordinal)..inCode.Message.IndexOf(')', StringComparison.Ordinal)];
        configured.Message.Should().Contain(problem);
        pipeline.Sinks.Should().BeEmpty();
    }

    [Fact]
    public void AFolderUnderProcIsRefusedAtOnce()
    {
        using var pipeline = TestPipeline.Create();

        FluentActions.Invoking(() => pipeline.AddFile("/proc/nope/app.log")).Should().Throw<ArgumentException>().WithMessage("*the folder cannot be created*");
    }

    [Fact]
    public void AReadyOptionsObjectIsValidatedAndUsed()
    {
        using var folder = TempFolder.ForCaller();
        using var pipeline = TestPipeline.Create();

        FluentActions.Invoking(() => pipeline.AddFile(folder.File("bad.log"), new FileSinkOptions { RetainedFileCount = 0 }))
            .Should().Throw<ArgumentException>().WithParameterName("RetainedFileCount");
        FluentActions.Invoking(() => pipeline.AddConsole(new ConsoleSinkOptions { QueueCapacity = 0 })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => pipeline.AddFile(folder.File("x.log"), (FileSinkOptions)null!)).Should().Throw<ArgumentNullException>();

        using var handle = pipeline.AddFile(folder.File("app.log"), new FileSinkOptions { Format = LogFormat.Text, Name = "text" });
        pipeline.Logger.Information("Hello {Name}", "text");
        pipeline.Flush();

        handle.Name.Should().Be("text");
        LogFiles.ReadText(folder.File("app.log")).Should().Contain("[INF] Hello text");
    }
}
