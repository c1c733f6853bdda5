using System.Diagnostics;
using LogKit.Cli.Tests.Support;

namespace LogKit.Cli.Tests.Packaging;

public sealed class ToolPackageTests
{
    static async Task<(int ExitCode, string Output)> RunAsync(string file, string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    [Fact]
    public async Task PacksAsADotnetToolThatInstallsAsLogkit()
    {
        using var folder = TempFolder.ForCaller();
        var feed = folder.File("feed");
        var tools = folder.File("tools");
        // A version of its own each run: NuGet caches installed packages by version.
        var version = "0.0.1-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        // The tests were built with the tool: pack what was built.
        var pack = await RunAsync("dotnet", RepositoryRoot.Path, "pack", "src/LogKit.Cli/LogKit.Cli.csproj", "-c", "Release", "--no-build", "-o", feed, "-p:Version=" + version);
        pack.ExitCode.Should().Be(0, pack.Output);

        var install = await RunAsync("dotnet", folder.Path, "tool", "install", "LogKit.Cli", "--tool-path", tools, "--add-source", feed, "--version", version);
        install.ExitCode.Should().Be(0, install.Output);

        var log = Clef.WriteFile(folder.File("logs/app.log"), Enumerable.Range(0, 20));
        var query = await RunAsync(Path.Combine(tools, "logkit"), folder.Path, "query", log, "--where", "@l = 'Error'", "-o", "clef");
        query.ExitCode.Should().Be(0, query.Output);
        Clef.Numbers(query.Output).Should().Equal(9, 19);
        (await RunAsync(Path.Combine(tools, "logkit"), folder.Path, "query", log, "--where", "Number = 99")).ExitCode.Should().Be(1);
    }
}
