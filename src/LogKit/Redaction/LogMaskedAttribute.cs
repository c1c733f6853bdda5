namespace LogKit;

/// <summary>
/// Masks a member when an object is destructured into a log event (<c>{@Card}</c>,
/// <c>ForContext(name, value, destructureObjects: true)</c>, <c>LogContext.Push(object)</c>): the value is
/// written as <c>***</c>, or as <c>***</c> followed by its last <see cref="KeepLast"/> characters.
/// </summary>
/// <example>
/// <code>
/// public sealed record Card([property: LogMasked(KeepLast = 4)] string Number, string Holder);
/// // {@Card} is written as {"Number":"***1111","Holder":"Ann"}
/// </code>
/// </example>
/// <remarks>
/// Declared by the type's author, so it applies even when a pipeline's name and value redaction is
/// turned off with <see cref="RedactionOptions.Disable"/>. A custom <see cref="RedactionOptions.Redactor"/>
/// is not used for it: the kept suffix is the point. For data the compliance model classifies, prefer a
/// <c>DataClassificationAttribute</c> from Microsoft.Extensions.Compliance.
/// </remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, Inherited = true)]
public sealed class LogMaskedAttribute : Attribute
{
    /// <summary>
    /// How many trailing characters stay visible. Default 0 (the whole value is masked). A value no longer
    /// than this (or a negative setting) is masked whole, so a short value is never shown in full.
    /// </summary>
    public int KeepLast { get; set; }
}
