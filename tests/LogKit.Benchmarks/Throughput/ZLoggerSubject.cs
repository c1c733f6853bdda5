using Microsoft.Extensions.Logging;
using ZLogger;

namespace LogKit.Benchmarks.Throughput;

/// <summary>ZLogger 2.6: rolling file (10 MB), JSON formatter with scopes, background buffer that blocks when full.</summary>
public sealed class ZLoggerSubject : IThroughputSubject
{
    ILoggerFactory? _factory;
    ILogger? _logger;

    public string Name => "ZLogger rolling file JSON (block)";

    public void Setup(string folder)
    {
        _factory = LoggerFactory.Create(builder => builder
            .SetMinimumLevel(LogLevel.Information)
            .AddZLoggerRollingFile(options =>
            {
                options.FilePathSelector = (_, sequence) => Path.Combine(folder, $"app_{sequence:000}.log");
                options.RollingInterval = ZLogger.Providers.RollingInterval.Infinite;
                options.RollingSizeKB = (int)(Workload.RollBytes / 1024);
                options.FullMode = BackgroundBufferFullMode.Block;
                options.IncludeScopes = true;
                options.UseJsonFormatter();
            }));
        _logger = _factory.CreateLogger("bench");
    }

    public void Log(int count)
    {
        var logger = _logger!;
        for (var block = 0; block * Workload.EventsPerContext < count; block++)
        {
            using var scope = logger.BeginScope(new Scope(Workload.RequestId(block), Workload.TenantId));
            var end = Math.Min(count, (block + 1) * Workload.EventsPerContext);
            for (var i = block * Workload.EventsPerContext; i < end; i++)
            {
                var quantity = i % 10 + 1;
                var product = Workload.Products[i & 3];
                var price = 19.99m;
                logger.ZLogInformation($"User {i:@UserId} bought {quantity:@Quantity} x {product:@Product} for {price:@Price}");
            }
        }
    }

    public void Finish() => _factory!.Dispose();

    sealed class Scope(string requestId, int tenantId) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        readonly KeyValuePair<string, object?>[] _items = [new("RequestId", requestId), new("TenantId", tenantId)];

        public KeyValuePair<string, object?> this[int index] => _items[index];

        public int Count => _items.Length;

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_items).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => _items.GetEnumerator();
    }
}
