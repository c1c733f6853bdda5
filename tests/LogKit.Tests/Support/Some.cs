namespace LogKit.Tests.Support;

/// <summary>Unique throwaway values, so tests never depend on a particular value.</summary>
public static class Some
{
    static int s_counter = Environment.ProcessId % 1000 * 1000;

    public static int Int() => Interlocked.Increment(ref s_counter);

    public static string String(string? prefix = null) => (prefix ?? "s") + "-" + Int();

    public static string PropertyName() => "P" + Int();
}
