using System.IO.Compression;
using LogKit.Tests.Support;

namespace LogKit.Tests.Packaging;

/// <summary>
/// Consumes LogKit the way users do: packs it, then builds and runs a fresh console app that takes
/// it by PackageReference from a local folder.
/// </summary>
public class PackageTests
{
    [Fact]
    public async Task AFreshAppRunsAgainstThePackedLibrary()
    {
        using var folder = TempFolder.ForCaller();
        var feed = Directory.CreateDirectory(Path.Combine(folder.Path, "feed")).FullName;
        // A version of its own, so the NuGet cache can never serve an older build of this code.
        var version = "0.0.1-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N")[..6];

        foreach (var project in new[] { "src/LogKit/LogKit.csproj", "src/LogKit.Extensions.Logging/LogKit.Extensions.Logging.csproj" })
        {
            // --no-build: packs the assemblies the test run was built from. Building here, with another version,
            // would replace src/LogKit's output while other test projects copy it and run (a child process of
            // the reliability tests then failed to load LogKit 0.1.0.0).
            var pack = await Dotnet.RunAsync(RepositoryRoot.Path, "pack", project, "-c", "Release", "--no-build", "-o", feed, "-p:Version=" + version);
            pack.ExitCode.Should().Be(0, pack.Output);
        }

        var package = Path.Combine(feed, $"LogKit.{version}.nupkg");
        File.Exists(Path.Combine(feed, $"LogKit.{version}.snupkg")).Should().BeTrue("symbols are packed beside the package");
        using (var zip = ZipFile.OpenRead(package))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToList();
            entries.Should().Contain(["README.md", "lib/net10.0/LogKit.dll", "lib/net10.0/LogKit.xml", "buildTransitive/LogKit.targets"]);
            var nuspec = await new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).ReadToEndAsync();
            nuspec.Should().Contain("<projectUrl>https://").And.Contain("<repository type=\"git\" url=\"https://");
            var readme = await new StreamReader(zip.GetEntry("README.md")!.Open()).ReadToEndAsync();
            readme.Should().NotMatchRegex(@"\]\((?!https?://|#)[^)]*\)", "a relative link does not resolve on a package page");
        }
        using (var zip = ZipFile.OpenRead(Path.Combine(feed, $"LogKit.Extensions.Logging.{version}.nupkg")))
            zip.Entries.Select(e => e.FullName).Should().Contain(["README.md", "lib/net10.0/LogKit.Extensions.Logging.dll", "lib/net10.0/LogKit.Extensions.Logging.xml"]);

        var app = Directory.CreateDirectory(Path.Combine(folder.Path, "app")).FullName;
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(app, "app.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="LogKit" Version="{version}" />
                <PackageReference Include="LogKit.Extensions.Logging" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        // `using Serilog;` beside `using LogKit;`: the package's global alias keeps `Log` LogKit's, and
        // Serilog's WriteTo methods (w.File) plug in.
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using LogKit;
            using Serilog;
            using Microsoft.Extensions.Logging;

            var folder = args[0];
            Log.AddSink(w => w.File(Path.Combine(folder, "serilog-file.log")));
            using (LogContext.Push("Source", "package"))
                Log.Information("Hello from {Where}", "a NuGet reference");
            Log.Catch(Fail);
            Rolling.Run(folder);

            using (var factory = Microsoft.Extensions.Logging.LoggerFactory.Create(b => b.AddLogKit()))
                Microsoft.Extensions.Logging.LoggerExtensions.LogWarning(factory.CreateLogger("Package"), "Through {Api}", "ILogger");
            Log.CloseAndFlush();

            static void Fail() => throw new InvalidOperationException("caught");
            """);
        // Only `using LogKit;` and `using Serilog.Events;`: size and time rolling need nothing of Serilog's namespace.
        File.WriteAllText(Path.Combine(app, "Rolling.cs"), """
            using LogKit;
            using Serilog.Events;

            static class Rolling
            {
                public static void Run(string folder)
                {
                    using var pipeline = new LogPipeline(new LogPipelineOptions { MinimumLevel = LogEventLevel.Debug });
                    pipeline.AddFile(Path.Combine(folder, "rolling", "app.log"), o =>
                    {
                        o.MaxFileSize = FileSize.Parse("1 KB");
                        o.RollingInterval = RollingInterval.Day;
                        o.RetainedFileCount = null;
                    });
                    for (var i = 0; i < 40; i++)
                        pipeline.Logger.Debug("Rolling event {Number} {Padding}", i, new string('.', 100));
                }
            }
            """);
        // Keep the repository's Directory.Build.props and central package versions out of the app.
        File.WriteAllText(Path.Combine(folder.Path, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder.Path, "Directory.Packages.props"), "<Project />");

        var output = Directory.CreateDirectory(Path.Combine(folder.Path, "output")).FullName;
        var run = await Dotnet.RunAsync(app, "run", "-c", "Release", "--", output);

        run.ExitCode.Should().Be(0, run.Output);
        run.Output.Should().Contain("Hello from a NuGet reference").And.Contain("An exception escaped").And.Contain("caught")
            .And.Contain("Through ILogger");
        File.ReadAllText(Path.Combine(output, "serilog-file.log")).Should().Contain("[INF] Hello from a NuGet reference");
        var rolled = LogFiles.Paths(Path.Combine(output, "rolling")).Select(Path.GetFileName).ToList();   // not app.log.lock, the writer lock
        rolled.Should().Contain(f => System.Text.RegularExpressions.Regex.IsMatch(f!, @"^app\d{8}\.log$"), "files are named by day")
            .And.Contain(f => System.Text.RegularExpressions.Regex.IsMatch(f!, @"^app\d{8}_001\.log$"), "and roll by size within the day");
        rolled.Select(f => File.ReadAllLines(Path.Combine(output, "rolling", f!)).Length).Sum().Should().Be(40);
    }
}
