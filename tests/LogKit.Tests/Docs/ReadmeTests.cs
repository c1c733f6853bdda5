using LogKit.Tests.Support;

namespace LogKit.Tests.Docs;

/// <summary>README's code is compiled against the real API, so the docs cannot drift from it.</summary>
public class ReadmeTests
{
    [Fact]
    public void BlocksAreFoundWithTheirLinesAndUsings()
    {
        var blocks = ReadmeBlocks.CSharp("intro\n```csharp\nusing Serilog;\n\nusing var x = Make();\nLog.Information(\"a\");\n```\n```json\n{}\n```\n");

        blocks.Should().ContainSingle().Which.Line.Should().Be(3);
        var source = ReadmeBlocks.ToSource(blocks[0], 0);
        source.Should().StartWith("using LogKit;").And.Contain("#line 3 \"README.md\"\nusing Serilog;".ReplaceLineEndings())
            .And.Contain("#line 5 \"README.md\"\nusing var x = Make();".ReplaceLineEndings());
    }

    [Fact]
    public async Task EveryCSharpBlockInTheReadmeCompiles()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        var blocks = ReadmeBlocks.CSharp(readme);
        blocks.Should().HaveCountGreaterThanOrEqualTo(8, "README has a quick start and a tour");

        using var folder = TempFolder.ForCaller();
        var project = Directory.CreateDirectory(Path.Combine(folder.Path, "readme")).FullName;
        // Keep the repository's build settings out: this is a user's project.
        File.WriteAllText(Path.Combine(folder.Path, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder.Path, "Directory.Packages.props"), "<Project />");
        File.WriteAllText(Path.Combine(project, "readme.csproj"), ProjectFile());
        File.WriteAllText(Path.Combine(project, "Prelude.cs"), ReadmeBlocks.Prelude);
        for (var i = 0; i < blocks.Count; i++)
            File.WriteAllText(Path.Combine(project, $"Block{i}.cs"), ReadmeBlocks.ToSource(blocks[i], i));

        var build = await Dotnet.RunAsync(project, "build", "-c", "Release", "--nologo", "-v", "q", "-clp:ErrorsOnly");

        build.ExitCode.Should().Be(0, "every C# block of README.md must compile:\n{0}", build.Output);
    }

    /// <summary>
    /// A web project (README shows ASP.NET Core) that references the assemblies under test, as the
    /// packages would, and imports the package's buildTransitive targets (the global <c>Log</c> alias).
    /// </summary>
    static string ProjectFile()
    {
        var references = Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
            .Where(f => Path.GetFileName(f) is var name
                && (name.StartsWith("Serilog", StringComparison.Ordinal) || name.StartsWith("OpenTelemetry", StringComparison.Ordinal)
                    || name.StartsWith("Microsoft.Extensions.Compliance", StringComparison.Ordinal)
                    || name is "LogKit.dll" or "LogKit.Extensions.Logging.dll" or "LogKit.Prometheus.dll" or "LogKit.Elasticsearch.dll"))
            .Select(f => $"""    <Reference Include="{f}" />""");
        var targets = Path.Combine(RepositoryRoot.Path, "src", "LogKit", "buildTransitive", "LogKit.targets");
        return $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <OutputType>Library</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <!-- Placeholders and unused results are expected in snippets; only errors count. -->
                <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                <NoWarn>$(NoWarn);CS1998;CS0168;CS0219;CS8321</NoWarn>
              </PropertyGroup>
              <ItemGroup>
            {string.Join("\n", references)}
              </ItemGroup>
              <Import Project="{targets}" />
            </Project>
            """;
    }
}
