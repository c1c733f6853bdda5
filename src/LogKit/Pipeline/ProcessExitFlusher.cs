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
/// <c>ApplicationStopped</c> and the process-exit hook closes the pipelines, once. When the first pipeline
/// is created after the host has started, LogKit's handler is called first; the host integration then
/// says (<see cref="LogPipeline.LeaveTerminationSignalsToHost"/>) that the host handles the signal, and the
/// handler returns at once instead of holding the host's handler up with a flush the host makes anyway.
/// An application that cancels the signal itself keeps running with its sinks open, since LogKit only
/// flushes on a signal. Every shutdown waits once for all pipelines: each pipeline's
/// <see cref="LogPipeline.ShutdownTimeout"/> counts from the same start, so N pipelines take at most the
/// longest timeout, not N of them.
/// </remarks>
internal static class ProcessExitFlusher
{
    static readonly List<WeakReference<LogPipeline>> s_pipelines = [];
    static readonly List<PosixSignalRegistration> s_signals = [];
    static bool s_hooked;
    static int s_signalHosts;

    /// <summary>
    /// Until the result is disposed, a termination signal is left to a host that handles it (cancels it,
    /// stops the application, flushes on the way out): the signal handler does not flush.
    /// </summary>
    public static IDisposable LeaveSignalsToHost()
    {
        Interlocked.Increment(ref s_signalHosts);
        return new SignalHost();
    }

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
    internal static void OnTerminationSignal(PosixSignalContext context)
    {
        if (context.Cancel || Volatile.Read(ref s_signalHosts) > 0)
            return;
        WaitTogether(Alive(clear: false), p => p.FlushAsync(), "at " + context.Signal);
    }

    /// <summary>
    /// Starts <paramref name="shutdown"/> on every pipeline at once, then waits for each until its
    /// <see cref="LogPipeline.ShutdownTimeout"/> counted from the one start: the slowest pipeline, not
    /// the sum of them, bounds the wait.
    /// </summary>
    internal static void WaitTogether(IReadOnlyList<LogPipeline> pipelines, Func<LogPipeline, Task> shutdown, string when)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var tasks = new Task?[pipelines.Count];
        for (var i = 0; i < tasks.Length; i++)
        {
            try
            {
                tasks[i] = shutdown(pipelines[i]);
            }
            catch (Exception ex)
            {
                SelfLog.WriteLine("LogKit: writing what sinks accepted {0} failed: {1}", when, ex);
            }
        }
        for (var i = 0; i < tasks.Length; i++)
        {
            if (tasks[i] is not { } task)
                continue;
            var timeout = pipelines[i].ShutdownTimeout;
            try
            {
                var left = timeout == Timeout.InfiniteTimeSpan ? timeout
                    : TimeSpan.FromTicks(Math.Max(0, (timeout - System.Diagnostics.Stopwatch.GetElapsedTime(started)).Ticks));
                if (!task.Wait(left))
                    SelfLog.WriteLine("LogKit: sinks did not finish writing within {0} {1}", timeout, when);
            }
            catch (Exception ex)
            {
                SelfLog.WriteLine("LogKit: writing what sinks accepted {0} failed: {1}", when, ex);
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

    static void CloseAll() => WaitTogether(Alive(clear: true), p => p.CloseAndFlushAsync(), "at process exit");

    sealed class SignalHost : IDisposable
    {
        int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
                Interlocked.Decrement(ref s_signalHosts);
        }
    }
}
