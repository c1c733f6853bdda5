namespace LogKit.Redaction;

/// <summary>
/// Stands in for an exception whose messages hold credentials: its <see cref="Exception.Message"/> and
/// <see cref="ToString"/> are the original's with the credentials masked, its stack trace the original's.
/// Every sink renders an exception through these (CLEF's <c>@x</c>, text output, Elasticsearch's
/// <c>error.message</c> and <c>error.stack_trace</c>). Its type is this one, not the original's: a sink
/// that records the type name sees <c>RedactedException</c> and finds the original type at the start of
/// <see cref="ToString"/>.
/// </summary>
internal sealed class RedactedException : Exception
{
    readonly Exception _original;
    readonly RedactionPolicy _policy;
    string? _text;

    public RedactedException(Exception original, RedactionPolicy policy)
        : base(policy.Values.MaskCredentials(SafeMessage(original)))
    {
        _original = original;
        _policy = policy;
        HResult = original.HResult;
        Source = original.Source;
    }

    public override string? StackTrace => _original.StackTrace;

    public override string ToString() => _text ??= _policy.Values.MaskCredentials(Describe(_original));

    static string SafeMessage(Exception exception)
    {
        try
        {
            return exception.Message;
        }
        catch (Exception ex)
        {
            return "Message threw " + ex.GetType().Name;
        }
    }

    static string Describe(Exception exception)
    {
        try
        {
            return exception.ToString();
        }
        catch (Exception ex)
        {
            return exception.GetType().FullName + ": ToString() threw " + ex.GetType().Name;
        }
    }
}
