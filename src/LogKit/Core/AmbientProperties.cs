using LogKit.Capturing;
using Serilog.Parsing;

namespace LogKit.Core;

/// <summary>
/// The one precedence order of an event's properties: template properties first, then bound
/// (<c>ForContext</c>), then <see cref="LogContext"/>, then pipeline-wide ones. Enumerates the
/// bound, context and pipeline-wide properties that survive, in that order, each name once and
/// none that the template already has. <see cref="LogEntry"/> and the CLEF writer both use it.
/// </summary>
internal ref struct AmbientProperties
{
    readonly PropertySet _bound;
    readonly PropertySet _context;
    readonly PropertySet _global;
    readonly PropertyToken[] _template;
    CapturedProperty[] _items;
    int _layer;
    int _index;

    // template: the property tokens whose names shadow everything else; empty when the caller handles the template itself.
    public AmbientProperties(PropertySet bound, PropertySet context, PropertySet global, PropertyToken[] template)
    {
        _bound = bound;
        _context = context;
        _global = global;
        _template = template;
        _items = bound.Items;
        _layer = 0;
        _index = 0;
        Current = null!;
    }

    public CapturedProperty Current { get; private set; }

    public readonly AmbientProperties GetEnumerator() => this;

    public bool MoveNext()
    {
        while (true)
        {
            if (_index == _items.Length)
            {
                if (++_layer > 2)
                    return false;
                _items = _layer == 1 ? _context.Items : _global.Items;
                _index = 0;
                continue;
            }

            var property = _items[_index++];
            if (IsShadowed(property.Name))
                continue;
            Current = property;
            return true;
        }
    }

    readonly bool IsShadowed(string name)
    {
        foreach (var token in _template)
        {
            if (string.Equals(token.PropertyName, name, StringComparison.Ordinal))
                return true;
        }
        return (_layer >= 1 && _bound.Contains(name)) || (_layer == 2 && _context.Contains(name));
    }
}
