// After the level check: arguments are captured into stack slots (no boxing for LogKit's scalar
// kinds, no array) and handed to the pipeline's dispatcher with this logger's bound properties.
using System.Runtime.CompilerServices;
using LogKit.Capturing;
using Serilog.Events;

namespace LogKit;

public sealed partial class Logger
{
    // NoInlining keeps the capture out of the caller, so the level check that guards it stays small enough to inline.

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void Emit(LogEventLevel level, Exception? exception, string messageTemplate)
        => _dispatcher.Write(level, exception, messageTemplate, default, Bound, Enrichers);

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void Emit<T0>(LogEventLevel level, Exception? exception, string messageTemplate, T0 value0)
    {
        var args = new ArgBuffer();
        ArgValue.Set(ref args[0], value0);
        _dispatcher.Write(level, exception, messageTemplate, ((Span<ArgValue>)args)[..1], Bound, Enrichers);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void Emit<T0, T1>(LogEventLevel level, Exception? exception, string messageTemplate, T0 value0, T1 value1)
    {
        var args = new ArgBuffer();
        ArgValue.Set(ref args[0], value0);
        ArgValue.Set(ref args[1], value1);
        _dispatcher.Write(level, exception, messageTemplate, ((Span<ArgValue>)args)[..2], Bound, Enrichers);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void Emit<T0, T1, T2>(LogEventLevel level, Exception? exception, string messageTemplate, T0 value0, T1 value1, T2 value2)
    {
        var args = new ArgBuffer();
        ArgValue.Set(ref args[0], value0);
        ArgValue.Set(ref args[1], value1);
        ArgValue.Set(ref args[2], value2);
        _dispatcher.Write(level, exception, messageTemplate, ((Span<ArgValue>)args)[..3], Bound, Enrichers);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void Emit<T0, T1, T2, T3>(LogEventLevel level, Exception? exception, string messageTemplate, T0 value0, T1 value1, T2 value2, T3 value3)
    {
        var args = new ArgBuffer();
        ArgValue.Set(ref args[0], value0);
        ArgValue.Set(ref args[1], value1);
        ArgValue.Set(ref args[2], value2);
        ArgValue.Set(ref args[3], value3);
        _dispatcher.Write(level, exception, messageTemplate, ((Span<ArgValue>)args)[..4], Bound, Enrichers);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void EmitParams(LogEventLevel level, Exception? exception, string messageTemplate, object?[]? values)
    {
        // As Serilog: a single non-object array passed as params arrives as the array itself.
        if (values != null && values.GetType() != typeof(object[]))
            values = [values];

        var count = values?.Length ?? 0;
        var inline = new ArgBuffer();
        var args = count <= ArgBuffer.Capacity ? ((Span<ArgValue>)inline)[..count] : new ArgValue[count];
        for (var i = 0; i < count; i++)
            ArgValue.SetObject(ref args[i], values![i]);
        _dispatcher.Write(level, exception, messageTemplate, args, Bound, Enrichers);
    }
}
