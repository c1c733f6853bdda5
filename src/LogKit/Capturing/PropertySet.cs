namespace LogKit.Capturing;

/// <summary>
/// An immutable, de-duplicated list of captured properties, newest first: the visible part of a
/// context stack or of a bound logger's properties. Adding properties is O(added): the new set keeps
/// a link to the older one and the flat <see cref="Items"/> array is built on first read (each event
/// then only walks an array), so a long chain of pushes or <c>ForContext</c> calls stays linear.
/// </summary>
internal sealed class PropertySet
{
    // Up to this many properties, names are compared by scanning (no index is worth building).
    const int ScanLimit = 8;

    public static readonly PropertySet Empty = new([]);

    readonly PropertySet? _older;          // null once flat
    readonly CapturedProperty[] _newest;   // what this set added, de-duplicated
    readonly int _maxCount;
    CapturedProperty[]? _items;
    HashSet<string>? _names;

    PropertySet(CapturedProperty[] items)
    {
        _newest = items;
        _items = items;
        _maxCount = items.Length;
    }

    PropertySet(PropertySet older, CapturedProperty[] newest)
    {
        _older = older;
        _newest = newest;
        _maxCount = older._maxCount + newest.Length;
    }

    /// <summary>Owned by Redaction: this set as a pipeline's redaction policy writes it, or null.</summary>
    public object? RedactionCache;

    /// <summary>A flat set of <paramref name="items"/>, whose names are already distinct.</summary>
    public static PropertySet FromDistinct(CapturedProperty[] items) => items.Length == 0 ? Empty : new PropertySet(items);

    /// <summary>The properties, newest first, each name once.</summary>
    public CapturedProperty[] Items => Volatile.Read(ref _items) ?? Flatten();

    public bool IsEmpty => _maxCount == 0;

    /// <summary>A set where <paramref name="newer"/> come first and shadow same-named older properties; O(newer).</summary>
    /// <param name="newer">The properties to add. An array with no repeated name is kept as it is, not copied: the
    /// caller hands it over and never changes it again (a context frame's or a bound logger's own array).</param>
    public PropertySet With(IReadOnlyList<CapturedProperty> newer)
    {
        if (newer.Count == 0)
            return this;
        var distinct = Distinct(newer);
        return ReferenceEquals(this, Empty) ? new PropertySet(distinct) : new PropertySet(this, distinct);
    }

    /// <summary>A set without the property named <paramref name="name"/>.</summary>
    public PropertySet Without(string name)
        => Contains(name) ? new PropertySet(Items.Where(p => !string.Equals(p.Name, name, StringComparison.Ordinal)).ToArray()) : this;

    public bool Contains(string name)
    {
        var items = Items;
        if (items.Length > ScanLimit)
            return (Volatile.Read(ref _names) ?? BuildNameIndex(items)).Contains(name);
        foreach (var item in items)
        {
            if (string.Equals(item.Name, name, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    HashSet<string> BuildNameIndex(CapturedProperty[] items)
    {
        var names = new HashSet<string>(items.Length, StringComparer.Ordinal);
        foreach (var item in items)
            names.Add(item.Name);
        Volatile.Write(ref _names, names);
        return names;
    }

    CapturedProperty[] Flatten()
    {
        // Walk back to the newest set that is already flat, then copy newest first, skipping
        // shadowed names. Iterative, so a chain of any length costs O(total) once.
        var pending = new List<PropertySet>();
        var set = this;
        CapturedProperty[]? flat;
        while ((flat = Volatile.Read(ref set._items)) == null)
        {
            pending.Add(set);
            set = set._older!;
        }

        var result = new List<CapturedProperty>(_maxCount);
        var seen = _maxCount > ScanLimit ? new HashSet<string>(_maxCount, StringComparer.Ordinal) : null;
        foreach (var newer in pending)
        {
            foreach (var property in newer._newest)
                AddIfAbsent(result, seen, property);
        }
        foreach (var property in flat)
            AddIfAbsent(result, seen, property);

        var items = result.ToArray();
        Volatile.Write(ref _items, items);
        return items;
    }

    static CapturedProperty[] Distinct(IReadOnlyList<CapturedProperty> properties)
    {
        if (properties is CapturedProperty[] array && array.Length <= ScanLimit && !HasRepeatedName(array))
            return array;
        var result = new List<CapturedProperty>(properties.Count);
        var seen = properties.Count > ScanLimit ? new HashSet<string>(properties.Count, StringComparer.Ordinal) : null;
        foreach (var property in properties)
            AddIfAbsent(result, seen, property);
        return result.ToArray();
    }

    static bool HasRepeatedName(CapturedProperty[] properties)
    {
        for (var i = 1; i < properties.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(properties[i].Name, properties[j].Name, StringComparison.Ordinal))
                    return true;
            }
        }
        return false;
    }

    static void AddIfAbsent(List<CapturedProperty> list, HashSet<string>? seen, CapturedProperty property)
    {
        if (seen != null)
        {
            if (seen.Add(property.Name))
                list.Add(property);
            return;
        }
        foreach (var existing in list)
        {
            if (string.Equals(existing.Name, property.Name, StringComparison.Ordinal))
                return;
        }
        list.Add(property);
    }
}
