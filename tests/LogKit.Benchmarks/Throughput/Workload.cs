namespace LogKit.Benchmarks.Throughput;

/// <summary>
/// The standard workload: N Information events of
/// <c>"User {UserId} bought {Quantity} x {Product} for {Price}"</c> (int, int, string, decimal), with
/// <c>RequestId</c> and <c>TenantId</c> pushed as context once per 1,000 events, as CLEF-like JSON
/// to a 10 MB-rolling file.
/// </summary>
public static class Workload
{
    public const string Template = "User {UserId} bought {Quantity} x {Product} for {Price}";
    public const int EventsPerContext = 1000;
    public const long RollBytes = 10 * 1024 * 1024;

    public static readonly string[] Products = ["Widget", "Gadget", "Sprocket", "Doohickey"];

    public static string RequestId(int block) => "req-" + block.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public const int TenantId = 7;
}

/// <summary>One logging configuration measured by the harness.</summary>
public interface IThroughputSubject
{
    string Name { get; }

    /// <summary>Creates the logger, writing under <paramref name="folder"/>. Not timed.</summary>
    void Setup(string folder);

    /// <summary>Logs <paramref name="count"/> events of the workload. Timed as the caller's cost.</summary>
    void Log(int count);

    /// <summary>Flushes and disposes. Timed as part of the total.</summary>
    void Finish();
}
