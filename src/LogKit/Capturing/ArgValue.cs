using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Serilog.Events;

namespace LogKit.Capturing;

/// <summary>
/// One captured message-template argument. Scalars from the generic overloads are stored
/// unboxed in 16 bytes, so an enabled call with primitive arguments allocates nothing on the
/// way to a LogKit sink; a Serilog <see cref="LogEventPropertyValue"/> is built only when a
/// foreign sink or a filter needs a full <see cref="LogEvent"/>.
/// </summary>
internal struct ArgValue
{
    public ArgKind Kind;
    public object? Reference;
    public Bits16 Bits;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Set<T>(ref ArgValue slot, T value)
    {
        // Every test is a JIT-time constant: the generic instantiation keeps one branch.
        if (typeof(T) == typeof(string))
        {
            SetString(ref slot, Unsafe.As<T, string?>(ref value));
            return;
        }
        var kind = ScalarKinds.Of<T>();
        if (kind == ArgKind.Object)
            SetObject(ref slot, value);
        else
            SetScalar(ref slot, kind, value);
    }

    /// <summary>Stores a value whose static type is not known (the <c>params object[]</c> path).</summary>
    public static void SetObject(ref ArgValue slot, object? value)
    {
        slot.Reference = value;
        slot.Kind = value switch
        {
            null => ArgKind.Null,
            string => ArgKind.String,
            _ => ArgKind.Object,
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void SetString(ref ArgValue slot, string? value)
    {
        slot.Reference = value;
        slot.Kind = value is null ? ArgKind.Null : ArgKind.String;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void SetScalar<T>(ref ArgValue slot, ArgKind kind, T value)
    {
        slot.Kind = kind;
        Unsafe.As<Bits16, T>(ref slot.Bits) = value;
    }

    /// <summary>Reads back an unboxed scalar stored by <see cref="Set{T}"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly T Get<T>() where T : unmanaged
        => Unsafe.As<Bits16, T>(ref Unsafe.AsRef(in Bits));

    /// <summary>The value as an object: boxes unboxed scalars. Used off the fast path only.</summary>
    public readonly object? ToObject() => Kind switch
    {
        ArgKind.Null => null,
        ArgKind.String or ArgKind.Object or ArgKind.PropertyValue => Reference,
        _ => ScalarKinds.Box(in this),
    };
}

/// <summary>Sixteen bytes of storage: enough for <see cref="decimal"/>, <see cref="Guid"/> and <see cref="DateTimeOffset"/>.</summary>
[StructLayout(LayoutKind.Sequential, Size = 16)]
internal struct Bits16
{
    // Never read by name: the storage is reinterpreted through Unsafe.As.
#pragma warning disable CS0169
    long _low;
    long _high;
#pragma warning restore CS0169
}
