namespace LogKit.Cli.Reading;

/// <summary>Compares byte strings by content, so counts can be keyed by a slice of the read buffer without copying it first.</summary>
internal sealed class ByteKeyComparer : IEqualityComparer<ReadOnlyMemory<byte>>
{
    public static ByteKeyComparer Instance { get; } = new();

    public bool Equals(ReadOnlyMemory<byte> x, ReadOnlyMemory<byte> y) => x.Span.SequenceEqual(y.Span);

    public int GetHashCode(ReadOnlyMemory<byte> obj)
    {
        var hash = new HashCode();
        hash.AddBytes(obj.Span);
        return hash.ToHashCode();
    }
}
