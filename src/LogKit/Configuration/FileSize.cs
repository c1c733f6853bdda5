using System.Globalization;
using System.Text.RegularExpressions;

namespace LogKit;

/// <summary>
/// A number of bytes, written in configuration as <c>"500 MB"</c>, <c>"2 GiB"</c> or <c>"10 KB"</c>.
/// Decimal units (KB, MB, GB, TB = powers of 1000) and binary units (KiB, MiB, GiB, TiB = powers of
/// 1024) are both accepted, case-insensitively; a unit always means bytes, so <c>"500 mb"</c> is
/// 500,000,000 bytes, never megabits. A plain number is bytes. Converts implicitly from a
/// <see cref="long"/>: <c>o.MaxFileSize = 500_000_000</c>.
/// </summary>
public readonly partial struct FileSize : IEquatable<FileSize>, IComparable<FileSize>
{
    const string Example = "\"500 MB\", \"2 GiB\" or \"10 KB\"";

    static readonly (string Unit, long Factor)[] s_units =
    [
        ("b", 1), ("byte", 1), ("bytes", 1),
        ("k", 1000), ("kb", 1000), ("kib", 1024),
        ("m", 1000_000), ("mb", 1000_000), ("mib", 1024 * 1024),
        ("g", 1000_000_000), ("gb", 1000_000_000), ("gib", 1024L * 1024 * 1024),
        ("t", 1000_000_000_000), ("tb", 1000_000_000_000), ("tib", 1024L * 1024 * 1024 * 1024),
    ];

    /// <summary>Creates a size of <paramref name="bytes"/> bytes.</summary>
    /// <param name="bytes">The size; must not be negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bytes"/> is negative.</exception>
    public FileSize(long bytes)
    {
        if (bytes < 0)
            throw new ArgumentOutOfRangeException(nameof(bytes), bytes, "A file size cannot be negative; use a number of bytes such as 100_000_000, or FileSize.Parse(\"100 MB\").");
        Bytes = bytes;
    }

    /// <summary>The size in bytes.</summary>
    public long Bytes { get; }

    /// <summary>Parses a size such as <c>"500 MB"</c>, <c>"2 GiB"</c>, <c>"10KB"</c> or <c>"1048576"</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The size.</returns>
    /// <exception cref="FormatException"><paramref name="text"/> is not a size; the message names it and shows good ones.</exception>
    public static FileSize Parse(string text)
        => TryParse(text, out var size)
            ? size
            : throw new FormatException($"'{text}' is not a file size; write it like {Example}.");

    /// <summary>Parses a size, without throwing.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="size">The size, when the text is valid.</param>
    /// <returns>True when <paramref name="text"/> is a valid size.</returns>
    public static bool TryParse(string? text, out FileSize size)
    {
        size = default;
        if (text is null)
            return false;
        var match = SizePattern().Match(text);
        if (!match.Success || !decimal.TryParse(match.Groups["number"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return false;

        var unit = match.Groups["unit"].Value.ToLowerInvariant();
        var factor = 1L;
        if (unit.Length > 0)
        {
            var found = Array.FindIndex(s_units, u => u.Unit == unit);
            if (found < 0)
                return false;
            factor = s_units[found].Factor;
        }

        try
        {
            size = new FileSize(checked((long)decimal.Round(number * factor)));
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>A size of <paramref name="bytes"/> bytes.</summary>
    /// <param name="bytes">The size in bytes; must not be negative.</param>
    public static implicit operator FileSize(long bytes) => new(bytes);

    /// <summary>The largest unit that divides the size exactly, for example <c>"500 MB"</c> or <c>"2 GiB"</c>.</summary>
    /// <returns>The size as text that <see cref="Parse"/> reads back.</returns>
    public override string ToString()
    {
        foreach (var (unit, factor) in new[] { ("TiB", 1L << 40), ("TB", 1000_000_000_000L), ("GiB", 1L << 30), ("GB", 1000_000_000L), ("MiB", 1L << 20), ("MB", 1000_000L), ("KiB", 1024L), ("KB", 1000L) })
        {
            if (Bytes >= factor && Bytes % factor == 0)
                return (Bytes / factor).ToString(CultureInfo.InvariantCulture) + " " + unit;
        }
        return Bytes.ToString(CultureInfo.InvariantCulture) + " bytes";
    }

    /// <inheritdoc />
    public bool Equals(FileSize other) => Bytes == other.Bytes;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FileSize other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Bytes.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(FileSize other) => Bytes.CompareTo(other.Bytes);

    /// <summary>Whether two sizes are equal.</summary>
    /// <param name="left">A size.</param>
    /// <param name="right">Another size.</param>
    /// <returns>True when they have the same number of bytes.</returns>
    public static bool operator ==(FileSize left, FileSize right) => left.Equals(right);

    /// <summary>Whether two sizes differ.</summary>
    /// <param name="left">A size.</param>
    /// <param name="right">Another size.</param>
    /// <returns>True when they have different numbers of bytes.</returns>
    public static bool operator !=(FileSize left, FileSize right) => !left.Equals(right);

    [GeneratedRegex(@"^\s*(?<number>\d+(\.\d+)?)\s*(?<unit>[a-zA-Z]*)\s*$")]
    private static partial Regex SizePattern();
}
