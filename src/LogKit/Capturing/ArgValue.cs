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
        // Each typeof(T) test is a JIT-time constant: the generic instantiation keeps one branch.
        if (typeof(T) == typeof(int)) SetScalar(ref slot, ArgKind.Int32, value);
        else if (typeof(T) == typeof(string)) SetString(ref slot, Unsafe.As<T, string?>(ref value));
        else if (typeof(T) == typeof(long)) SetScalar(ref slot, ArgKind.Int64, value);
        else if (typeof(T) == typeof(decimal)) SetScalar(ref slot, ArgKind.Decimal, value);
        else if (typeof(T) == typeof(double)) SetScalar(ref slot, ArgKind.Double, value);
        else if (typeof(T) == typeof(bool)) SetScalar(ref slot, ArgKind.Boolean, value);
        else if (typeof(T) == typeof(Guid)) SetScalar(ref slot, ArgKind.Guid, value);
        else if (typeof(T) == typeof(DateTime)) SetScalar(ref slot, ArgKind.DateTime, value);
        else if (typeof(T) == typeof(DateTimeOffset)) SetScalar(ref slot, ArgKind.DateTimeOffset, value);
        else if (typeof(T) == typeof(TimeSpan)) SetScalar(ref slot, ArgKind.TimeSpan, value);
        else if (typeof(T) == typeof(float)) SetScalar(ref slot, ArgKind.Single, value);
        else if (typeof(T) == typeof(uint)) SetScalar(ref slot, ArgKind.UInt32, value);
        else if (typeof(T) == typeof(ulong)) SetScalar(ref slot, ArgKind.UInt64, value);
        else if (typeof(T) == typeof(short)) SetScalar(ref slot, ArgKind.Int16, value);
        else if (typeof(T) == typeof(ushort)) SetScalar(ref slot, ArgKind.UInt16, value);
        else if (typeof(T) == typeof(byte)) SetScalar(ref slot, ArgKind.Byte, value);
        else if (typeof(T) == typeof(sbyte)) SetScalar(ref slot, ArgKind.SByte, value);
        else if (typeof(T) == typeof(char)) SetScalar(ref slot, ArgKind.Char, value);
        else SetObject(ref slot, value);
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
        ArgKind.Boolean => Get<bool>(),
        ArgKind.Char => Get<char>(),
        ArgKind.Byte => Get<byte>(),
        ArgKind.SByte => Get<sbyte>(),
        ArgKind.Int16 => Get<short>(),
        ArgKind.UInt16 => Get<ushort>(),
        ArgKind.Int32 => Get<int>(),
        ArgKind.UInt32 => Get<uint>(),
        ArgKind.Int64 => Get<long>(),
        ArgKind.UInt64 => Get<ulong>(),
        ArgKind.Single => Get<float>(),
        ArgKind.Double => Get<double>(),
        ArgKind.Decimal => Get<decimal>(),
        ArgKind.DateTime => Get<DateTime>(),
        ArgKind.DateTimeOffset => Get<DateTimeOffset>(),
        ArgKind.TimeSpan => Get<TimeSpan>(),
        ArgKind.Guid => Get<Guid>(),
        _ => null,
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
