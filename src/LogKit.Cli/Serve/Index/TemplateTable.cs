using System.Collections.Concurrent;

namespace LogKit.Cli.Serve.Index;

/// <summary>
/// Message templates numbered once, so per-chunk template counts are small integer pairs. Bounded: past
/// <see cref="Capacity"/> distinct templates (logs that write only rendered messages), the rest share <see cref="Other"/>.
/// </summary>
internal sealed class TemplateTable
{
    public const int Capacity = 20_000;
    public const int Other = 0;
    public const string OtherText = "(other templates)";

    readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    readonly List<string> _texts = [OtherText];
    readonly Lock _lock = new();

    public int IdOf(string? template)
    {
        template ??= "";
        if (_ids.TryGetValue(template, out var id))
            return id;
        lock (_lock)
        {
            if (_ids.TryGetValue(template, out id))
                return id;
            if (_texts.Count >= Capacity)
                return Other;
            id = _texts.Count;
            _texts.Add(template);
            _ids[template] = id;
            return id;
        }
    }

    public string TextOf(int id)
    {
        lock (_lock)
            return id >= 0 && id < _texts.Count ? _texts[id] : OtherText;
    }
}
