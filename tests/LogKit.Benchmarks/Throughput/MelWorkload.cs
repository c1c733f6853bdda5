using Microsoft.Extensions.Logging;

namespace LogKit.Benchmarks.Throughput;

/// <summary>
/// The standard workload through Microsoft.Extensions.Logging, as an ASP.NET Core or worker service logs:
/// an <c>ILogger&lt;T&gt;</c>, a <c>[LoggerMessage]</c> method with the four typed arguments, and
/// <c>RequestId</c>/<c>TenantId</c> as a scope (a key-value list) once per 1,000 events. Every provider
/// gets the same calls; only the provider differs.
/// </summary>
public static partial class MelWorkload
{
    [LoggerMessage(Level = LogLevel.Information, Message = Workload.Template)]
    public static partial void UserBought(ILogger logger, int userId, int quantity, string product, decimal price);

    public static void Log(ILogger logger, int count)
    {
        for (var block = 0; block * Workload.EventsPerContext < count; block++)
        {
            using var scope = logger.BeginScope(new Scope(Workload.RequestId(block), Workload.TenantId));
            var end = Math.Min(count, (block + 1) * Workload.EventsPerContext);
            for (var i = block * Workload.EventsPerContext; i < end; i++)
                UserBought(logger, i, i % 10 + 1, Workload.Products[i & 3], 19.99m);
        }
    }

    /// <summary>A scope state every provider reads as properties: a list of name/value pairs.</summary>
    public sealed class Scope(string requestId, int tenantId) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        readonly KeyValuePair<string, object?>[] _items = [new("RequestId", requestId), new("TenantId", tenantId)];

        public KeyValuePair<string, object?> this[int index] => _items[index];

        public int Count => _items.Length;

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_items).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => _items.GetEnumerator();
    }
}

/// <summary>One Microsoft.Extensions.Logging provider writing the <see cref="MelWorkload"/> to a rolling file.</summary>
public abstract class MelSubject : IThroughputSubject
{
    ILoggerFactory? _factory;
    ILogger? _logger;

    public abstract string Name { get; }

    public void Setup(string folder)
    {
        _factory = LoggerFactory.Create(builder =>
        {
            builder.SetMinimumLevel(LogLevel.Information);
            AddProvider(builder, folder);
        });
        _logger = _factory.CreateLogger<MelSubject>();
    }

    /// <summary>Adds the provider under test, writing JSON to a 10 MB-rolling file under <paramref name="folder"/>.</summary>
    protected abstract void AddProvider(ILoggingBuilder builder, string folder);

    public void Log(int count) => MelWorkload.Log(_logger!, count);

    public virtual void Finish() => _factory!.Dispose();
}
