namespace LogKit.Redaction;

/// <summary>
/// Stands in, in a logged event, for an exception whose messages held credentials: its
/// <see cref="Exception.Message"/> and <see cref="ToString"/> are the original's with the credentials masked,
/// its stack trace the original's. Every sink renders an exception through these (CLEF's <c>@x</c>, text
/// output, Elasticsearch's <c>error.message</c> and <c>error.stack_trace</c>); a sink that records the type
/// reads <see cref="OriginalType"/>, so that events still group by the type that was thrown.
/// </summary>
public sealed class RedactedException : Exception
{
    readonly Exception _original;
    readonly RedactionPolicy _policy;
    string? _text;

    internal RedactedException(Exception original, RedactionPolicy policy)
        : base(policy.Values.MaskCredentials(SafeMessage(original)))
    {
        _original = original;
        _policy = policy;
        HResult = original.HResult;
        Source = original.Source;
    }

    /// <summary>The type of the exception that was thrown, whose text this one carries masked.</summary>
    public Type OriginalType => _original.GetType();

    /// <inheritdoc />
    public override string? StackTrace => _original.StackTrace;

    /// <inheritdoc />
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
