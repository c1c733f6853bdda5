using System.Diagnostics;

namespace LogKit.Cli.Tests.Support;

/// <summary>Runs tests/LogKit.Cli.LogWriter: real LogKit file sink output from another process.</summary>
public static class LogWriterProcess
{
    static string Dll => Path.Combine(AppContext.BaseDirectory.Replace("LogKit.Cli.Tests", "LogKit.Cli.LogWriter", StringComparison.Ordinal), "LogKit.Cli.LogWriter.dll");

    public static Process Start(params string[] args)
    {
        File.Exists(Dll).Should().BeTrue($"the writer is built beside the tests ({Dll})");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        return Process.Start(info)!;
    }

    public static async Task RunAsync(params string[] args)
    {
        using var process = Start(args);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        process.ExitCode.Should().Be(0, await process.StandardError.ReadToEndAsync());
    }
}
