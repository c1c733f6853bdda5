using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LogKit.TestApp;

/// <summary>
/// Log a burst of ~1 KB events to a file, then send SIGTERM to this process, as a container runtime
/// or systemd would. The events must all be in the file when the process has ended.
/// </summary>
public static partial class SignalScenarios
{
    const int SigTerm = 15;
    static readonly string s_padding = new('x', 1000);

    /// <summary>Through the static <c>Log</c>, or (<paramref name="privatePipeline"/>) a pipeline of its own.</summary>
    public static int LogThenTerminate(string path, int count, bool privatePipeline)
    {
        var pipeline = privatePipeline ? new LogPipeline() : Log.Pipeline;
        pipeline.RemoveAllSinks();
        pipeline.AddFile(path, o =>
        {
            o.MaxFileSize = null;
            o.RetainedFileCount = null;
        });
        for (var i = 0; i < count; i++)
            pipeline.Logger.Information("Event {Number} {Padding}", i, s_padding);

        Terminate();
        GC.KeepAlive(pipeline);
        return 1;
    }

    /// <summary>Inside a Generic Host whose console lifetime handles the signal; events go through <c>ILogger</c>.</summary>
    public static async Task<int> HostLogThenTerminate(string path, int count)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddLogKit(p =>
        {
            p.RemoveAllSinks();
            p.AddFile(path, o =>
            {
                o.MaxFileSize = null;
                o.RetainedFileCount = null;
            });
        });
        builder.Services.AddHostedService(services => new Worker(services.GetRequiredService<ILogger<Worker>>(), count));
        using var host = builder.Build();
        await host.RunAsync();
        Console.WriteLine("host stopped");
        return 0;
    }

    static void Terminate()
    {
        Console.WriteLine("logged; sending SIGTERM");
        if (Kill(Environment.ProcessId, SigTerm) != 0)
            throw new InvalidOperationException("kill failed: " + Marshal.GetLastPInvokeError());
        // The signal ends the process; returning from Main would be a normal exit instead.
        Thread.Sleep(Timeout.Infinite);
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    sealed class Worker(ILogger<Worker> logger, int count) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await Task.Yield();
            for (var i = 0; i < count; i++)
                logger.LogInformation("Event {Number} {Padding}", i, s_padding);
            Console.WriteLine("logged; sending SIGTERM");
            if (Kill(Environment.ProcessId, SigTerm) != 0)
                throw new InvalidOperationException("kill failed: " + Marshal.GetLastPInvokeError());
            await Task.Delay(Timeout.Infinite, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
