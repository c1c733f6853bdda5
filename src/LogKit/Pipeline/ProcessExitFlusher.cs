using Serilog.Debugging;

namespace LogKit.Pipeline;

/// <summary>
/// Closes every live pipeline when the process exits normally or dies of an unhandled exception,
/// so a program that never calls <c>CloseAndFlush</c> still loses nothing it logged. Pipelines
/// are held weakly: registering one does not keep it alive.
/// </summary>
internal static class ProcessExitFlusher
{
    static readonly List<WeakReference<LogPipeline>> s_pipelines = [];
    static bool s_hooked;

    public static void Register(LogPipeline pipeline)
    {
        lock (s_pipelines)
        {
            s_pipelines.RemoveAll(r => !r.TryGetTarget(out _));
            s_pipelines.Add(new WeakReference<LogPipeline>(pipeline));
            if (s_hooked)
                return;
            s_hooked = true;
            AppDomain.CurrentDomain.ProcessExit += (_, _) => CloseAll();
            AppDomain.CurrentDomain.UnhandledException += (_, _) => CloseAll();
        }
    }

    public static void Unregister(LogPipeline pipeline)
    {
        lock (s_pipelines)
            s_pipelines.RemoveAll(r => !r.TryGetTarget(out var p) || p == pipeline);
    }

    static void CloseAll()
    {
        List<LogPipeline> alive;
        lock (s_pipelines)
        {
            alive = [];
            foreach (var reference in s_pipelines)
            {
                if (reference.TryGetTarget(out var pipeline))
                    alive.Add(pipeline);
            }
            s_pipelines.Clear();
        }

        foreach (var pipeline in alive)
        {
            try
            {
                if (!pipeline.CloseAndFlushAsync().Wait(pipeline.ShutdownTimeout))
                    SelfLog.WriteLine("LogKit: sinks did not finish writing within {0} at process exit", pipeline.ShutdownTimeout);
            }
            catch (Exception ex)
            {
                SelfLog.WriteLine("LogKit: closing sinks at process exit failed: {0}", ex);
            }
        }
    }
}
