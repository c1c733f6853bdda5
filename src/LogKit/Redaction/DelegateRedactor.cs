using Microsoft.Extensions.Compliance.Redaction;

namespace LogKit.Redaction;

/// <summary>A <see cref="Redactor"/> over a function (<see cref="RedactionOptions.UseRedactor"/>): strings in, strings out.</summary>
internal sealed class DelegateRedactor(Func<string, string> redact) : Redactor
{
    public override int GetRedactedLength(ReadOnlySpan<char> input) => Apply(input).Length;

    public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
    {
        var redacted = Apply(source);
        redacted.AsSpan().CopyTo(destination);
        return redacted.Length;
    }

    string Apply(ReadOnlySpan<char> input) => redact(input.ToString()) ?? "";
}
