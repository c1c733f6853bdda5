using System.Runtime.InteropServices;
using Serilog.Debugging;

namespace LogKit.Pipeline;

/// <summary>
/// Writes what every live pipeline accepted before the process ends: it closes them when the process
/// exits normally or dies of an unhandled exception, and flushes them when a termination signal
/// (SIGTERM, SIGINT, SIGQUIT) is about to end it, so a program that never calls <c>CloseAndFlush</c>
/// still loses nothing it logged. Pipelines are held weakly: registering one does not keep it alive.
/// </summary>
/// <remarks>
/// Since .NET 10 a SIGTERM no longer raises <see cref="AppDomain.ProcessExit"/>: the process ends as
/// soon as the signal's handlers return, unless one cancels it. The runtime calls signal handlers in
/// reverse order of registration and stops at the first that cancels. LogKit registers when its first
/// pipeline is created, before a Generic Host starts, so the host's console lifetime runs first, cancels
/// the signal and stops the application, and LogKit's handler is not called: the host flushes on
/// <c>ApplicationStopped</c> and the process-exit hook closes the pipelines, once. An application that
/// cancels the signal itself keeps running with its sinks open, since LogKit only flushes on a signal.
/// </remarks>
internal static class ProcessExitFlusher
{
    static readonly List<WeakReference<LogPipeline>> s_pipelines = [];
    static readonly List<PosixSignalRegistration> s_signals = [];
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
            RegisterSignals();
        }
    }

    public static void Unregister(LogPipeline pipeline)
    {
        lock (s_pipelines)
            s_pipelines.RemoveAll(r => !r.TryGetTarget(out var p) || p == pipeline);
    }

    static void RegisterSignals()
    {
        if (OperatingSystem.IsBrowser() || OperatingSystem.IsWasi())
            return;
        foreach (var signal in (PosixSignal[])[PosixSignal.SIGTERM, PosixSignal.SIGINT, PosixSignal.SIGQUIT])
        {
            try
            {
                s_signals.Add(PosixSignalRegistration.Create(signal, OnTerminationSignal));
            }
            catch (Exception ex) when (ex is PlatformNotSupportedException or IOException)
            {
                // Windows has no SIGQUIT; a platform without signals still has the process-exit hook.
            }
        }
    }

    /// <summary>
    /// The process ends when this returns (unless another handler cancels), so write everything
    /// accepted so far, each pipeline within its <see cref="LogPipeline.ShutdownTimeout"/>. Only a
    /// flush, not a close: if the application cancels the signal, it keeps logging to open sinks.
    /// </summary>
    static void OnTerminationSignal(PosixSignalContext context)
    {
        if (context.Cancel)
            return;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var alive = Alive(clear: false);
        var flushes = new (LogPipeline Pipeline, Task Flush)[alive.Count];
        for (var i = 0; i < alive.Count; i++)
            flushes[i] = (alive[i], alive[i].FlushAsync());
        foreach (var (pipeline, flush) in flushes)
        {
            try
            {
                // The flushes run together: each pipeline's deadline counts from the signal, not from the previous wait.
                var timeout = pipeline.ShutdownTimeout;
                if (timeout != Timeout.InfiniteTimeSpan)
                    timeout = TimeSpan.FromTicks(Math.Max(0, (timeout - System.Diagnostics.Stopwatch.GetElapsedTime(started)).Ticks));
                if (!flush.Wait(timeout))
                    SelfLog.WriteLine("LogKit: sinks did not finish writing within {0} at {1}", pipeline.ShutdownTimeout, context.Signal);
            }
            catch (Exception ex)
            {
                SelfLog.WriteLine("LogKit: flushing sinks at {0} failed: {1}", context.Signal, ex);
            }
        }
    }

    static List<LogPipeline> Alive(bool clear)
    {
        lock (s_pipelines)
        {
            var alive = new List<LogPipeline>();
            foreach (var reference in s_pipelines)
            {
                if (reference.TryGetTarget(out var pipeline))
                    alive.Add(pipeline);
            }
            if (clear)
                s_pipelines.Clear();
            return alive;
        }
    }

    static void CloseAll()
    {
        foreach (var pipeline in Alive(clear: true))
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
