using System.Runtime.CompilerServices;

namespace LogKit.Extensions.Logging;

/// <summary>
/// Reads a Microsoft.Extensions.Logging state that is a list of name/value pairs ending in
/// <c>{OriginalFormat}</c> (what the <c>LogInformation</c>-style extension methods and
/// <c>[LoggerMessage]</c> methods create) into a span of pairs and the template. A state that is a
/// struct (the <c>[LoggerMessage]</c> state) is read through a reader made for its type, so it is
/// never boxed; the values come from the state's own indexer.
/// </summary>
internal abstract class FormattedValuesReader<TState>
{
    public const string OriginalFormat = "{OriginalFormat}";

    /// <summary>The reader for <typeparamref name="TState"/>, or null when the type is not a list of pairs.</summary>
    public static readonly FormattedValuesReader<TState>? Instance = Create();

    /// <summary>
    /// Copies the pairs before <c>{OriginalFormat}</c> into <paramref name="pairs"/> and returns their count,
    /// or -1 when the state does not end in a string <c>{OriginalFormat}</c> or has more pairs than fit.
    /// </summary>
    public abstract int Read(ref TState state, Span<KeyValuePair<string, object?>> pairs, out string template);

    static FormattedValuesReader<TState>? Create()
    {
        if (!typeof(IReadOnlyList<KeyValuePair<string, object?>>).IsAssignableFrom(typeof(TState)))
            return null;
        // The generic argument satisfies the constraint, checked above; the closed type exists for every state type a program logs.
        var readerType = typeof(ListReader<>).MakeGenericType(typeof(TState));
        return (FormattedValuesReader<TState>?)Activator.CreateInstance(readerType);
    }
}

/// <summary>Reads a state of type <typeparamref name="TList"/> with constrained calls (no boxing of a struct state).</summary>
internal sealed class ListReader<TList> : FormattedValuesReader<TList>
    where TList : IReadOnlyList<KeyValuePair<string, object?>>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public override int Read(ref TList state, Span<KeyValuePair<string, object?>> pairs, out string template)
    {
        template = null!;
        if (state is null)
            return -1;
        var count = state.Count - 1;
        if (count < 0 || count > pairs.Length)
            return -1;
        var last = state[count];
        if (last.Value is not string format || !string.Equals(last.Key, OriginalFormat, StringComparison.Ordinal))
            return -1;
        for (var i = 0; i < count; i++)
            pairs[i] = state[i];
        template = format;
        return count;
    }
}
