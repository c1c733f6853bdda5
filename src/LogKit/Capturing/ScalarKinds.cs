using System.Runtime.CompilerServices;

namespace LogKit.Capturing;

/// <summary>
/// The one list of scalar kinds: which CLR types the generic overloads store unboxed, how a stored
/// or boxed scalar is handed on at its own type, and so which values Serilog keeps as plain scalars.
/// Capture (<see cref="ArgValue.Set{T}"/>), <see cref="ArgValue.ToObject"/> and both JSON writers
/// go through here, so a new kind is added in this file and <see cref="ArgKind"/>, and the compiler
/// then asks every <see cref="IScalarVisitor"/> to handle it.
/// </summary>
internal static class ScalarKinds
{
    /// <summary>
    /// The kind a <typeparamref name="T"/> is stored as without boxing; <see cref="ArgKind.Object"/>
    /// for any other type. Every <c>typeof(T)</c> test is a JIT-time constant, so each generic
    /// instantiation compiles to its one answer.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ArgKind Of<T>()
    {
        if (typeof(T) == typeof(int)) return ArgKind.Int32;
        if (typeof(T) == typeof(long)) return ArgKind.Int64;
        if (typeof(T) == typeof(decimal)) return ArgKind.Decimal;
        if (typeof(T) == typeof(double)) return ArgKind.Double;
        if (typeof(T) == typeof(bool)) return ArgKind.Boolean;
        if (typeof(T) == typeof(Guid)) return ArgKind.Guid;
        if (typeof(T) == typeof(DateTime)) return ArgKind.DateTime;
        if (typeof(T) == typeof(DateTimeOffset)) return ArgKind.DateTimeOffset;
        if (typeof(T) == typeof(TimeSpan)) return ArgKind.TimeSpan;
        if (typeof(T) == typeof(float)) return ArgKind.Single;
        if (typeof(T) == typeof(uint)) return ArgKind.UInt32;
        if (typeof(T) == typeof(ulong)) return ArgKind.UInt64;
        if (typeof(T) == typeof(short)) return ArgKind.Int16;
        if (typeof(T) == typeof(ushort)) return ArgKind.UInt16;
        if (typeof(T) == typeof(byte)) return ArgKind.Byte;
        if (typeof(T) == typeof(sbyte)) return ArgKind.SByte;
        if (typeof(T) == typeof(char)) return ArgKind.Char;
        if (typeof(T) == typeof(DateOnly)) return ArgKind.DateOnly;
        if (typeof(T) == typeof(TimeOnly)) return ArgKind.TimeOnly;
        return ArgKind.Object;
    }

    /// <summary>
    /// Hands a stored string or unboxed scalar to <paramref name="visitor"/> at its own type.
    /// False for <see cref="ArgKind.Null"/>, <see cref="ArgKind.Object"/> and <see cref="ArgKind.PropertyValue"/>.
    /// </summary>
    public static bool Accept<TVisitor>(in ArgValue arg, ref TVisitor visitor) where TVisitor : struct, IScalarVisitor
    {
        switch (arg.Kind)
        {
            case ArgKind.String: visitor.Visit(Unsafe.As<string>(arg.Reference!)); return true;
            case ArgKind.Int32: visitor.Visit(arg.Get<int>()); return true;
            case ArgKind.Int64: visitor.Visit(arg.Get<long>()); return true;
            case ArgKind.Decimal: visitor.Visit(arg.Get<decimal>()); return true;
            case ArgKind.Double: visitor.Visit(arg.Get<double>()); return true;
            case ArgKind.Boolean: visitor.Visit(arg.Get<bool>()); return true;
            case ArgKind.Guid: visitor.Visit(arg.Get<Guid>()); return true;
            case ArgKind.DateTime: visitor.Visit(arg.Get<DateTime>()); return true;
            case ArgKind.DateTimeOffset: visitor.Visit(arg.Get<DateTimeOffset>()); return true;
            case ArgKind.TimeSpan: visitor.Visit(arg.Get<TimeSpan>()); return true;
            case ArgKind.Single: visitor.Visit(arg.Get<float>()); return true;
            case ArgKind.UInt32: visitor.Visit(arg.Get<uint>()); return true;
            case ArgKind.UInt64: visitor.Visit(arg.Get<ulong>()); return true;
            case ArgKind.Int16: visitor.Visit(arg.Get<short>()); return true;
            case ArgKind.UInt16: visitor.Visit(arg.Get<ushort>()); return true;
            case ArgKind.Byte: visitor.Visit(arg.Get<byte>()); return true;
            case ArgKind.SByte: visitor.Visit(arg.Get<sbyte>()); return true;
            case ArgKind.Char: visitor.Visit(arg.Get<char>()); return true;
            case ArgKind.DateOnly: visitor.Visit(arg.Get<DateOnly>()); return true;
            case ArgKind.TimeOnly: visitor.Visit(arg.Get<TimeOnly>()); return true;
            default: return false;
        }
    }

    /// <summary>
    /// Hands a boxed string or scalar (the <c>params object[]</c> path, a <c>ScalarValue</c>'s value)
    /// to <paramref name="visitor"/> at its own type. False for null and every other type.
    /// </summary>
    public static bool Accept<TVisitor>(object? value, ref TVisitor visitor) where TVisitor : struct, IScalarVisitor
    {
        switch (value)
        {
            case string s: visitor.Visit(s); return true;
            case int i: visitor.Visit(i); return true;
            case long l: visitor.Visit(l); return true;
            case decimal m: visitor.Visit(m); return true;
            case double d: visitor.Visit(d); return true;
            case bool b: visitor.Visit(b); return true;
            case Guid g: visitor.Visit(g); return true;
            case DateTime dt: visitor.Visit(dt); return true;
            case DateTimeOffset dto: visitor.Visit(dto); return true;
            case TimeSpan ts: visitor.Visit(ts); return true;
            case float f: visitor.Visit(f); return true;
            case uint ui: visitor.Visit(ui); return true;
            case ulong ul: visitor.Visit(ul); return true;
            case short sh: visitor.Visit(sh); return true;
            case ushort us: visitor.Visit(us); return true;
            case byte by: visitor.Visit(by); return true;
            case sbyte sb: visitor.Visit(sb); return true;
            case char c: visitor.Visit(c); return true;
            case DateOnly date: visitor.Visit(date); return true;
            case TimeOnly time: visitor.Visit(time); return true;
            default: return false;
        }
    }

    /// <summary>Whether <paramref name="value"/> is one of the scalar kinds (the types Serilog keeps as scalars without any policy work).</summary>
    public static bool IsScalar(object value)
    {
        var ignore = new IgnoringVisitor();
        return Accept(value, ref ignore);
    }

    /// <summary>Boxes a stored scalar: the value as an object, off the fast path.</summary>
    public static object? Box(in ArgValue arg)
    {
        var boxing = new BoxingVisitor();
        return Accept(in arg, ref boxing) ? boxing.Result : null;
    }

    struct IgnoringVisitor : IScalarVisitor
    {
        public void Visit(string value) { }
        public void Visit(bool value) { }
        public void Visit(char value) { }
        public void Visit(byte value) { }
        public void Visit(sbyte value) { }
        public void Visit(short value) { }
        public void Visit(ushort value) { }
        public void Visit(int value) { }
        public void Visit(uint value) { }
        public void Visit(long value) { }
        public void Visit(ulong value) { }
        public void Visit(float value) { }
        public void Visit(double value) { }
        public void Visit(decimal value) { }
        public void Visit(DateTime value) { }
        public void Visit(DateTimeOffset value) { }
        public void Visit(TimeSpan value) { }
        public void Visit(Guid value) { }
        public void Visit(DateOnly value) { }
        public void Visit(TimeOnly value) { }
    }

    struct BoxingVisitor : IScalarVisitor
    {
        public object? Result;
        public void Visit(string value) => Result = value;
        public void Visit(bool value) => Result = value;
        public void Visit(char value) => Result = value;
        public void Visit(byte value) => Result = value;
        public void Visit(sbyte value) => Result = value;
        public void Visit(short value) => Result = value;
        public void Visit(ushort value) => Result = value;
        public void Visit(int value) => Result = value;
        public void Visit(uint value) => Result = value;
        public void Visit(long value) => Result = value;
        public void Visit(ulong value) => Result = value;
        public void Visit(float value) => Result = value;
        public void Visit(double value) => Result = value;
        public void Visit(decimal value) => Result = value;
        public void Visit(DateTime value) => Result = value;
        public void Visit(DateTimeOffset value) => Result = value;
        public void Visit(TimeSpan value) => Result = value;
        public void Visit(Guid value) => Result = value;
        public void Visit(DateOnly value) => Result = value;
        public void Visit(TimeOnly value) => Result = value;
    }
}
