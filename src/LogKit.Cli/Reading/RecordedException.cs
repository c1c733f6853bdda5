namespace LogKit.Cli.Reading;

/// <summary>An exception read back from a log: only its text survives, and <see cref="ToString"/> returns it.</summary>
internal sealed class RecordedException(string text) : Exception(FirstLine(text))
{
    public override string ToString() => text;

    static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }
}
