using System.Globalization;

namespace LogKit.Cli.Serve.Query;

/// <summary>
/// An event's place in the merged order of every served file: its timestamp, then the file and byte offset
/// to break ties. Written as the paging cursor <c>ticks-file-offset</c>; it names no file, only an index number.
/// </summary>
internal readonly record struct EventKey(long Ticks, int FileId, long Offset) : IComparable<EventKey>
{
    public int CompareTo(EventKey other)
    {
        var c = Ticks.CompareTo(other.Ticks);
        if (c != 0)
            return c;
        c = FileId.CompareTo(other.FileId);
        return c != 0 ? c : Offset.CompareTo(other.Offset);
    }

    public static bool operator <(EventKey left, EventKey right) => left.CompareTo(right) < 0;

    public static bool operator >(EventKey left, EventKey right) => left.CompareTo(right) > 0;

    public static bool operator <=(EventKey left, EventKey right) => left.CompareTo(right) <= 0;

    public static bool operator >=(EventKey left, EventKey right) => left.CompareTo(right) >= 0;

    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Ticks}-{FileId}-{Offset}");

    public static bool TryParse(string? text, out EventKey key)
    {
        key = default;
        var parts = text?.Split('-');
        if (parts is not { Length: 3 }
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var file)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            return false;
        key = new EventKey(ticks, file, offset);
        return true;
    }
}
