using System.Diagnostics;
using System.Text;

namespace LogKit.Reliability.Tests.Support;

/// <summary>Runs LogKit.Soak (built beside the tests) as a child process.</summary>
public static class SoakProcess
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "LogKit.Soak.dll");

    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(Path);
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        return info;
    }
}
