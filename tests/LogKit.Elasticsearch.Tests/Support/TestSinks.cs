using LogKit.Elasticsearch.Configuration;
using LogKit.Elasticsearch.Delivery;

namespace LogKit.Elasticsearch.Tests.Support;

/// <summary>Builds the sink directly (not through a pipeline), as the batched-sink contract calls it.</summary>
public static class TestSinks
{
    /// <summary>A clock 100 times faster than real: back-off, timeouts and node dead times shrink alike.</summary>
    public static ScaledTimeProvider FastClock() => new(100);

    internal static ElasticsearchSettings Settings(Uri uri, string bufferPath, TimeProvider? time = null, Action<ElasticsearchSinkOptions>? configure = null)
    {
        var options = new ElasticsearchSinkOptions
        {
            BufferPath = bufferPath,
            ServiceName = "tests",
            // On the fast clock: 1,000 s is 10 real seconds, 1 hour is 36.
            RequestTimeout = TimeSpan.FromSeconds(1000),
            ShutdownTimeout = TimeSpan.FromHours(1),
            TimeProvider = time ?? FastClock(),
        };
        configure?.Invoke(options);
        return ElasticsearchSettings.From(uri, options, null);
    }

    internal static ElasticsearchSink Create(Uri uri, string bufferPath, TimeProvider? time = null, Action<ElasticsearchSinkOptions>? configure = null)
        => new(Settings(uri, bufferPath, time, configure));

    /// <summary>Waits (polling, up to <paramref name="timeout"/>) until the condition holds.</summary>
    public static async Task Eventually(Func<bool> condition, TimeSpan? timeout = null, string? because = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!condition())
        {
            if (DateTime.UtcNow > until)
                throw new TimeoutException("The condition did not hold in time" + (because is null ? "" : ": " + because));
            await Task.Delay(10);
        }
    }
}
