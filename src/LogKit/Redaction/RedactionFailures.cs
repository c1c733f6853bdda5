namespace LogKit.Redaction;

/// <summary>How many times a custom redactor threw (the value was written as a fixed marker instead); read by the <c>logkit.redaction.failures</c> metric.</summary>
internal static class RedactionFailures
{
    static long s_count;

    public static long Total => Interlocked.Read(ref s_count);

    public static void Count() => Interlocked.Increment(ref s_count);
}
