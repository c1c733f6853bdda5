using System.Diagnostics;

namespace LogKit.Serve.Tests.Support;

/// <summary>
/// Another process writing a rolling log through LogKit's own file sink: LogKit.TestApp's <c>file-loop</c> scenario
/// (built beside this project, run from its own folder).
/// </summary>
public static class WriterProcess
{
    static string TestAppPath
    {
        get
        {
            // bin/<Configuration>/<framework>/ of this project; the test app is built with the same ones.
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = framework.Parent!.Name;
            return Path.Combine(RepositoryRoot.Path, "tests", "LogKit.TestApp", "bin", configuration, framework.Name, "LogKit.TestApp.dll");
        }
    }

    /// <summary>Writes <paramref name="count"/> events <c>Event {Process} {Number} {Padding}</c> to <paramref name="logPath"/>, rolling at <paramref name="maxFileSize"/> bytes.</summary>
    public static async Task WriteAsync(string logPath, int count, long maxFileSize, string id)
    {
        File.Exists(TestAppPath).Should().BeTrue($"LogKit.TestApp is built at {TestAppPath}");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { TestAppPath, "file-loop", logPath, count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--max-size", maxFileSize.ToString(System.Globalization.CultureInfo.InvariantCulture), "--id", id })
            info.ArgumentList.Add(argument);
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        process.ExitCode.Should().Be(0, await stderr);
    }
}
