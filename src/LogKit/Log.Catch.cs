using System.Runtime.CompilerServices;
using Serilog.Events;

namespace LogKit;

public static partial class Log
{
    const string CaughtTemplate = "An exception escaped {Caller}";

    /// <summary>
    /// Runs <paramref name="action"/>; if it throws, logs the exception at <see cref="LogEventLevel.Error"/>
    /// with the caller's name and returns normally (Loguru's <c>@logger.catch</c>).
    /// </summary>
    /// <param name="action">The work to run.</param>
    /// <param name="caller">Filled in by the compiler: the calling member's name.</param>
    public static void Catch(Action action, [CallerMemberName] string caller = "")
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            action();
        }
        catch (Exception ex)
        {
            Error(ex, CaughtTemplate, caller);
        }
    }

    /// <summary>
    /// Runs <paramref name="func"/> and returns its result; if it throws, logs the exception at
    /// <see cref="LogEventLevel.Error"/> with the caller's name and returns <paramref name="fallback"/>.
    /// </summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="func">The work to run.</param>
    /// <param name="fallback">The result when <paramref name="func"/> throws. It is required so that
    /// <c>Log.Catch(async () =&gt; ...)</c> always binds to the overload that awaits the task.</param>
    /// <param name="caller">Filled in by the compiler: the calling member's name.</param>
    /// <returns>The result of <paramref name="func"/>, or <paramref name="fallback"/>.</returns>
    public static T Catch<T>(Func<T> func, T fallback, [CallerMemberName] string caller = "")
    {
        ArgumentNullException.ThrowIfNull(func);
        try
        {
            return func();
        }
        catch (Exception ex)
        {
            Error(ex, CaughtTemplate, caller);
            return fallback;
        }
    }

    /// <summary>
    /// Awaits <paramref name="func"/>; if it throws (synchronously or in the task), logs the
    /// exception at <see cref="LogEventLevel.Error"/> with the caller's name and completes normally.
    /// </summary>
    /// <param name="func">The asynchronous work to run.</param>
    /// <param name="caller">Filled in by the compiler: the calling member's name.</param>
    /// <returns>A task that completes when the work has, and never faults.</returns>
    public static async Task Catch(Func<Task> func, [CallerMemberName] string caller = "")
    {
        ArgumentNullException.ThrowIfNull(func);
        try
        {
            await func().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Error(ex, CaughtTemplate, caller);
        }
    }

    /// <summary>
    /// Awaits <paramref name="func"/> and returns its result; if it throws, logs the exception at
    /// <see cref="LogEventLevel.Error"/> with the caller's name and returns <paramref name="fallback"/>.
    /// </summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="func">The asynchronous work to run.</param>
    /// <param name="fallback">The result when <paramref name="func"/> throws. It is required so that
    /// <c>Log.Catch(async () =&gt; ...)</c> always binds to the overload that awaits the task.</param>
    /// <param name="caller">Filled in by the compiler: the calling member's name.</param>
    /// <returns>A task with the result, or <paramref name="fallback"/>; it never faults.</returns>
    public static async Task<T> Catch<T>(Func<Task<T>> func, T fallback, [CallerMemberName] string caller = "")
    {
        ArgumentNullException.ThrowIfNull(func);
        try
        {
            return await func().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Error(ex, CaughtTemplate, caller);
            return fallback;
        }
    }
}
