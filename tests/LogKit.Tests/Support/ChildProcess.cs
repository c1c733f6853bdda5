using System.Diagnostics;
using System.Text;

namespace LogKit.Tests.Support;

/// <summary>Runs LogKit.TestApp (built beside the tests) in a child process and collects its output.</summary>
public sealed class ChildProcess
{
    public int ExitCode { get; private init; }

    public string StandardOutput { get; private init; } = "";

    public string StandardError { get; private init; } = "";

    public static string TestAppPath => Path.Combine(AppContext.BaseDirectory, "LogKit.TestApp.dll");

    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments, IDictionary<string, string?>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(TestAppPath);
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        info.Environment.Remove("NO_COLOR");
        if (environment != null)
        {
            foreach (var (key, value) in environment)
                info.Environment[key] = value;
        }
        return info;
    }

    public static async Task<ChildProcess> RunAsync(IEnumerable<string> arguments, IDictionary<string, string?>? environment = null, TimeSpan? timeout = null)
    {
        using var process = Process.Start(StartInfo(arguments, environment))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("LogKit.TestApp did not exit in time: " + string.Join(' ', arguments));
        }
        return new ChildProcess { ExitCode = process.ExitCode, StandardOutput = await stdout, StandardError = await stderr };
    }
}
