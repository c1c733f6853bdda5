using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace LogKit.Capturing;

/// <summary>
/// Parsed templates, looked up first by reference (a literal at a call site is always the same
/// interned string object, and hashing its address is O(1)) and then by content. Both levels are bounded
/// so that templates built at run time cannot grow the cache without limit.
/// </summary>
internal static class TemplateCache
{
    const int MaxEntries = 4096;
    const int MaxCachedLength = 4096;

    static readonly ConcurrentDictionary<string, CachedTemplate> s_byReference = new(ReferenceEqualityComparer.Instance);
    static readonly ConcurrentDictionary<string, CachedTemplate> s_byContent = new(StringComparer.Ordinal);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CachedTemplate Get(string text)
        => s_byReference.TryGetValue(text, out var cached) ? cached : GetSlow(text);

    [MethodImpl(MethodImplOptions.NoInlining)]
    static CachedTemplate GetSlow(string text)
    {
        if (!s_byContent.TryGetValue(text, out var cached))
        {
            cached = CachedTemplate.Parse(text);
            if (text.Length <= MaxCachedLength && s_byContent.Count < MaxEntries)
                s_byContent.TryAdd(text, cached);
        }

        // Only interned strings (literals) go in by reference: a template built at run time is a
        // new object on every call and would fill the reference level with one-off entries.
        if (s_byReference.Count < MaxEntries && ReferenceEquals(string.IsInterned(text), text))
            s_byReference.TryAdd(text, cached);
        return cached;
    }
}
