using System.Diagnostics;

namespace LogKit.Prometheus.Tests.Support;

/// <summary>Runs a tool to completion and returns its exit code and output.</summary>
public static class CommandLine
{
    public static (int ExitCode, string Output) Run(string? program, IEnumerable<string> arguments, string? standardInput = null)
    {
        program.Should().NotBeNull("the tool must be installed (apt-get install prometheus)");
        var start = new ProcessStartInfo(program!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput != null,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (standardInput != null)
        {
            process.StandardInput.Write(standardInput);
            process.StandardInput.Close();
        }
        if (!process.WaitForExit(60_000))
        {
            process.Kill();
            throw new TimeoutException($"{program} did not finish within 60 s");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
