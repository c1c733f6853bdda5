using System.Diagnostics;

namespace LogKit.Prometheus.Tests.Support;

/// <summary>Waits for a condition that another thread or process makes true, checking often, up to a limit.</summary>
public static class Poll
{
    public static async Task<bool> UntilAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        var limit = Stopwatch.StartNew();
        while (!condition())
        {
            if (limit.Elapsed > (timeout ?? TimeSpan.FromSeconds(10)))
                return false;
            await Task.Delay(20);
        }
        return true;
    }

    public static async Task<T?> UntilAsync<T>(Func<Task<T?>> read, Func<T?, bool> done, TimeSpan timeout)
    {
        var limit = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value) || limit.Elapsed > timeout)
                return value;
            await Task.Delay(250);
        }
    }
}
