namespace LogKit.Capturing;

/// <summary>
/// An immutable, de-duplicated list of captured properties, newest first: the visible part of
/// a context stack or of a bound logger's properties. Built once per push or bind so that each
/// event only walks an array.
/// </summary>
internal sealed class PropertySet
{
    public static readonly PropertySet Empty = new([]);

    PropertySet(CapturedProperty[] items) => Items = items;

    public CapturedProperty[] Items { get; }

    public bool IsEmpty => Items.Length == 0;

    /// <summary>A set where <paramref name="newer"/> come first and shadow same-named older properties.</summary>
    public PropertySet With(IReadOnlyList<CapturedProperty> newer)
    {
        if (newer.Count == 0)
            return this;

        var result = new List<CapturedProperty>(newer.Count + Items.Length);
        foreach (var property in newer)
            AddIfAbsent(result, property);
        foreach (var property in Items)
            AddIfAbsent(result, property);
        return new PropertySet(result.ToArray());
    }

    /// <summary>A set without the property named <paramref name="name"/>.</summary>
    public PropertySet Without(string name)
        => Contains(name) ? new PropertySet(Items.Where(p => !string.Equals(p.Name, name, StringComparison.Ordinal)).ToArray()) : this;

    public bool Contains(string name)
    {
        foreach (var item in Items)
        {
            if (string.Equals(item.Name, name, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    static void AddIfAbsent(List<CapturedProperty> list, CapturedProperty property)
    {
        foreach (var existing in list)
        {
            if (string.Equals(existing.Name, property.Name, StringComparison.Ordinal))
                return;
        }
        list.Add(property);
    }
}
