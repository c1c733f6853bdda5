using LogKit.Extensions.Logging;
using LogKit.Tests.Support;
using Microsoft.Extensions.Configuration;
using Serilog.Events;

namespace LogKit.Tests.Extensions.Logging;

public class ConfigurationTests
{
    static IConfigurationRoot Json(TempFolder folder, string json)
    {
        var path = folder.File("appsettings.json");
        System.IO.File.WriteAllText(path, json);
        return new ConfigurationBuilder().AddJsonFile(path, optional: false, reloadOnChange: false).Build();
    }

    static string FullExample(TempFolder folder) => $$"""
        {
          "LogKit": {
            "MinimumLevel": { "Default": "Information", "Override": { "Microsoft": "Warning", "MyApp.Db": "Debug" } },
            "Console": { "Enabled": true, "OutputTemplate": "{Level:u3} {Message:lj}{NewLine}", "StandardErrorFromLevel": "Warning" },
            "Files": [
              { "Path": "{{folder.File("logs/app.log").Replace("\\", "/")}}", "MaxFileSize": "100 MB", "RollingInterval": "Day", "RetainedFileCount": 14,
                "RetainedTotalSize": "2 GB", "Compression": "GZip", "Format": "Clef", "MinimumLevel": "Debug" },
              { "Path": "{{folder.File("logs/errors.txt").Replace("\\", "/")}}", "Format": "Text", "MinimumLevel": "Error", "RetainedFor": "14 days" }
            ],
            "Properties": { "Application": "Orders" }
          }
        }
        """;

    [Fact]
    public void TheDocumentedSectionConfiguresSinksLevelsOverridesAndProperties()
    {
        using var folder = TempFolder.ForCaller();
        var configuration = Json(folder, FullExample(folder));
        using var pipeline = TestPipeline.Create();

        using (pipeline.Configure(configuration.GetSection("LogKit")))
        {
            pipeline.Sinks.Select(s => s.Name).Should().Equal("console", "file:app.log", "file:errors.txt");
            pipeline.Sinks.Select(s => s.MinimumLevel).Should().Equal(LogEventLevel.Verbose, LogEventLevel.Debug, LogEventLevel.Error);
            pipeline.MinimumLevel.Should().Be(LogEventLevel.Information);
            pipeline.MinimumLevelOverrides.Should().BeEquivalentTo(new Dictionary<string, LogEventLevel> { ["Microsoft"] = LogEventLevel.Warning, ["MyApp.Db"] = LogEventLevel.Debug });

            pipeline.Logger.ForContext("SourceContext", "MyApp.Db.Orders").Debug("query {Sql}", "select 1");
            pipeline.Logger.Error("failed");
            pipeline.Flush();
        }

        var lines = LogFiles.ReadLines(ClefFile.ListLogFiles(folder.File("logs/app.log"), RollingInterval.Day).Single());
        lines.Should().HaveCount(2).And.OnlyContain(l => l.Contains("\"Application\":\"Orders\"", StringComparison.Ordinal));
        System.IO.File.ReadAllText(Directory.GetFiles(folder.File("logs"), "errors*.txt").Single()).Should().Contain("[ERR] failed");
    }

    [Fact]
    public void LevelsFollowAReloadWithoutRestartingSinks()
    {
        using var folder = TempFolder.ForCaller();
        var path = folder.File("appsettings.json");
        System.IO.File.WriteAllText(path, """{ "LogKit": { "MinimumLevel": "Information", "Console": { "Enabled": false }, "Files": [ { "Path": "PATH", "MinimumLevel": "Warning" } ] } }""".Replace("PATH", folder.File("app.log").Replace("\\", "/"), StringComparison.Ordinal));
        var configuration = new ConfigurationBuilder().AddJsonFile(path, optional: false, reloadOnChange: false).Build();
        using var pipeline = TestPipeline.Create();
        using var configured = pipeline.Configure(configuration.GetSection("LogKit"));
        var file = pipeline.Sinks.Single();

        System.IO.File.WriteAllText(path, """{ "LogKit": { "MinimumLevel": { "Default": "Debug", "Override": { "Noisy": "Error" } }, "Console": { "Enabled": false }, "Files": [ { "Path": "PATH", "MinimumLevel": "Debug" } ] } }""".Replace("PATH", folder.File("app.log").Replace("\\", "/"), StringComparison.Ordinal));
        configuration.Reload();   // what reloadOnChange does when the file changes

        pipeline.MinimumLevel.Should().Be(LogEventLevel.Debug);
        pipeline.MinimumLevelOverrides.Should().ContainKey("Noisy");
        pipeline.Sinks.Should().ContainSingle().Which.Should().BeSameAs(file, "the sink was not restarted");
        file.MinimumLevel.Should().Be(LogEventLevel.Debug);
    }

    [Fact]
    public void ABadReloadKeepsTheLevelsItHad()
    {
        using var folder = TempFolder.ForCaller();
        var path = folder.File("appsettings.json");
        System.IO.File.WriteAllText(path, """{ "LogKit": { "MinimumLevel": "Warning", "Console": { "Enabled": false } } }""");
        var configuration = new ConfigurationBuilder().AddJsonFile(path, optional: false, reloadOnChange: false).Build();
        using var pipeline = TestPipeline.Create();
        using var configured = pipeline.Configure(configuration.GetSection("LogKit"));

        System.IO.File.WriteAllText(path, """{ "LogKit": { "MinimumLevel": "Loud", "Console": { "Enabled": false } } }""");
        FluentActions.Invoking(configuration.Reload).Should().NotThrow();

        pipeline.MinimumLevel.Should().Be(LogEventLevel.Warning);
    }

    public static TheoryData<string, string, string?> BadConfigurations() => new()
    {
        { """{ "LogKit": { "Consle": { "Enabled": true } } }""", "LogKit:Consle", null },
        { """{ "LogKit": { "Files": [ { "Path": "logs/a.log", "MaxFileSize": "lots" } ] } }""", "LogKit:Files:0:MaxFileSize", "lots" },
        { """{ "LogKit": { "MinimumLevel": { "Default": "Verbos" } } }""", "LogKit:MinimumLevel:Default", "Verbos" },
        { """{ "LogKit": { "MinimumLevel": { "Override": { "Microsoft": "Loud" } } } }""", "LogKit:MinimumLevel:Override:Microsoft", "Loud" },
        { """{ "LogKit": { "Files": [ { "Path": "logs/a.log", "Compresion": "GZip" } ] } }""", "LogKit:Files:0:Compresion", "GZip" },
        { """{ "LogKit": { "Files": [ { "Path": "logs/a.log", "RetainedFor": "a while" } ] } }""", "LogKit:Files:0:RetainedFor", "a while" },
        { """{ "LogKit": { "Files": [ { "MaxFileSize": "1 MB" } ] } }""", "LogKit:Files:0:Path", null },
        { """{ "LogKit": { "Console": { "StandardErrorFromLevel": "Loud" } } }""", "LogKit:Console:StandardErrorFromLevel", "Loud" },
        { """{ "LogKit": { "Console": { "QueueCapacityBytes": "a lot" } } }""", "LogKit:Console:QueueCapacityBytes", "a lot" },
        { """{ "LogKit": { "Files": [ { "Path": "logs/a.log", "QueueCapacityBytes": "0 MB" } ] } }""", "LogKit:Files:0:QueueCapacityBytes", "0 MB" },
        { """{ "LogKit": { "Redaction": { "Enabled": "maybe" } } }""", "LogKit:Redaction:Enabled", "maybe" },
        { """{ "LogKit": { "Redaction": { "Add": [ "ssn", "--" ] } } }""", "LogKit:Redaction:Add:1", "--" },
        { """{ "LogKit": { "Redaction": { "Add": "ssn" } } }""", "LogKit:Redaction:Add", "ssn" },
        { """{ "LogKit": { "Redaction": { "Names": [ "ssn" ] } } }""", "LogKit:Redaction:Names", null },
    };

    [Theory]
    [MemberData(nameof(BadConfigurations))]
    public void ABadConfigurationFailsAtStartUpNamingTheKeyAndValueAndChangesNothing(string json, string key, string? value)
    {
        using var folder = TempFolder.ForCaller();
        var configuration = Json(folder, json);
        using var pipeline = TestPipeline.Create();
        var existing = pipeline.AddSink(new CollectingSink());

        var configure = () => pipeline.Configure(configuration.GetSection("LogKit"));

        var thrown = configure.Should().Throw<LogKitConfigurationException>().Which;
        thrown.Key.Should().Be(key);
        thrown.Value.Should().Be(value);
        thrown.Message.Should().Contain(key);
        if (value != null)
            thrown.Message.Should().Contain(value);
        pipeline.Sinks.Should().ContainSingle().Which.Should().BeSameAs(existing);
    }

    [Fact]
    public void APathWhoseFolderCannotBeCreatedFailsAtStartUp()
    {
        using var folder = TempFolder.ForCaller();
        System.IO.File.WriteAllText(folder.File("blocker"), "a file, not a folder");
        var path = folder.File("blocker/logs/app.log").Replace("\\", "/");
        var configuration = Json(folder, $$"""{ "LogKit": { "Files": [ { "Path": "{{path}}" } ] } }""");
        using var pipeline = TestPipeline.Create();

        var thrown = FluentActions.Invoking(() => pipeline.Configure(configuration.GetSection("LogKit"))).Should().Throw<LogKitConfigurationException>().Which;

        thrown.Key.Should().Be("LogKit:Files:0:Path");
        thrown.Value.Should().Be(path);
        thrown.Message.Should().Contain("cannot be created");
    }

    [Fact]
    public void EveryMistakeIsReportedInTheOneException()
    {
        using var folder = TempFolder.ForCaller();
        var configuration = Json(folder, """{ "LogKit": { "MinimumLevel": "Loud", "Files": [ { "Path": "x.log", "MaxFileSize": "lots" } ] } }""");
        using var pipeline = TestPipeline.Create();

        FluentActions.Invoking(() => pipeline.Configure(configuration.GetSection("LogKit"))).Should().Throw<LogKitConfigurationException>()
            .WithMessage("*LogKit:MinimumLevel: 'Loud' is not a level*LogKit:Files:0:MaxFileSize: 'lots' is not a size*\"500 MB\"*");
    }

    static IConfigurationSection Section(params (string Key, string? Value)[] values)
        => new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build().GetSection("LogKit");

    [Fact]
    public void QueueCapacityBytesIsASizeForTheConsoleAndEachFile()
    {
        var settings = LogKit.Extensions.Logging.Configuration.SettingsReader.Read(Section(
            ("LogKit:Console:QueueCapacityBytes", "8 MB"),
            ("LogKit:Files:0:Path", "logs/a.log"), ("LogKit:Files:0:QueueCapacityBytes", "512 KB"),
            ("LogKit:Files:1:Path", "logs/b.log")), checkPaths: false);

        settings.Console.Options.QueueCapacityBytes.Should().Be(FileSize.Parse("8 MB").Bytes);
        settings.Files[0].Options.QueueCapacityBytes.Should().Be(FileSize.Parse("512 KB").Bytes);
        settings.Files[1].Options.QueueCapacityBytes.Should().Be(QueuedSinkOptions.DefaultQueueCapacityBytes);
    }

    [Fact]
    public void ABadQueueCapacityBytesSaysItWantsASize()
    {
        using var pipeline = TestPipeline.Create();

        FluentActions.Invoking(() => pipeline.Configure(Section(("LogKit:Console:QueueCapacityBytes", "-5"))))
            .Should().Throw<LogKitConfigurationException>()
            .WithMessage("*LogKit:Console:QueueCapacityBytes: '-5' is not a size (the bytes queued events may hold); write it like \"500 MB\"*");
    }

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
    public void TwoFilesWithTheSamePathAreAConfigurationMistake()
    {
        using var folder = TempFolder.ForCaller();
        var path = folder.File("same.log");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LogKit:Files:0:Path"] = path,
            ["LogKit:Files:1:Path"] = path,
        }).Build();
        using var pipeline = TestPipeline.Create();

        var thrown = FluentActions.Invoking(() => pipeline.Configure(configuration.GetSection("LogKit"))).Should().Throw<LogKitConfigurationException>().Which;

        thrown.Key.Should().Be("LogKit:Files:1:Path");
        pipeline.Sinks.Should().BeEmpty();
    }

    [Fact]
    public void ConfiguringAgainWithTheSameFileHandsTheFileOverAndKeepsItsEvents()
    {
        using var folder = TempFolder.ForCaller();
        var path = folder.File("again.log");
        using var pipeline = TestPipeline.Create();
        var section = Section(("LogKit:Console:Enabled", "false"), ("LogKit:Files:0:Path", path));

        using (pipeline.Configure(section))
            pipeline.Logger.Information("first");
        using (pipeline.Configure(section))
            pipeline.Logger.Information("second");
        pipeline.CloseAndFlush();

        LogFiles.ReadLines(path).Should().HaveCount(2);
    }

    [Fact]
    public void TheRedactionSectionAddsAndRemovesNames()
    {
        using var folder = TempFolder.ForCaller();
        var configuration = Json(folder, """{ "LogKit": { "Console": { "Enabled": false }, "Redaction": { "Add": [ "ssn", "employee_number" ], "Remove": [ "cookie" ] } } }""");
        using var pipeline = TestPipeline.Create();

        using (pipeline.Configure(configuration.GetSection("LogKit")))
        {
            pipeline.Redaction.IsEnabled.Should().BeTrue();
            pipeline.Redaction.IsRedacted("CustomerSsn").Should().BeTrue();
            pipeline.Redaction.IsRedacted("EmployeeNumber").Should().BeTrue();
            pipeline.Redaction.IsRedacted("Cookie").Should().BeFalse();
            pipeline.Redaction.IsRedacted("Password").Should().BeTrue();
        }
    }

    [Fact]
    public void TheRedactionSectionCanDisableRedaction()
    {
        using var folder = TempFolder.ForCaller();
        var configuration = Json(folder, """{ "LogKit": { "Console": { "Enabled": false }, "Redaction": { "Enabled": false } } }""");
        using var pipeline = TestPipeline.Create();

        using (pipeline.Configure(configuration.GetSection("LogKit")))
            pipeline.Redaction.IsEnabled.Should().BeFalse();
    }
}
