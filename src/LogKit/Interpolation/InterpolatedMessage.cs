using System.Runtime.CompilerServices;
using LogKit.Capturing;
using LogKit.Core;
using Serilog.Events;

namespace LogKit.Interpolation;

/// <summary>
/// What an interpolated log message collects, in order: literal parts, and for each hole its
/// expression, format and alignment (which name the property: see <see cref="InterpolatedTemplateCache"/>)
/// and its value, captured unboxed. Turned into the same template and properties as the equivalent
/// template call. One instance per thread is reused, and only when the level is on, so a disabled call
/// touches none of this; its arrays grow for messages with many holes.
/// </summary>
internal sealed class InterpolatedMessage
{
    public const byte Literal = 0;
    public const byte Expression = 1;
    public const byte Format = 2;

    [ThreadStatic] static InterpolatedMessage? t_cached;

    object?[] _parts = new object?[3 * ArgBuffer.Capacity + 1];
    byte[] _kinds = new byte[3 * ArgBuffer.Capacity + 1];
    ArgValue[] _args = new ArgValue[ArgBuffer.Capacity];
    int[] _alignments = new int[ArgBuffer.Capacity];
    int _count;
    int _holes;
    int _hash;

    /// <summary>The calling thread's message, emptied; taken out of its slot so a hole that logs gets its own.</summary>
    public static InterpolatedMessage Rent()
    {
        var message = t_cached ?? new InterpolatedMessage();
        t_cached = null;
        message._count = 0;
        message._holes = 0;
        message._hash = 0;
        return message;
    }

    public void AppendLiteral(string value) => AddPart(value, Literal);

    public void AppendFormatted<T>(T value, int alignment, string? format, string expression)
    {
        // The expression and format strings are compile-time constants: their identities, not a name
        // derived from them, key the template cache, so a call site's template is found without any text.
        AddPart(expression, Expression);
        AddPart(format, Format);
        if (_holes == _args.Length)
        {
            Array.Resize(ref _args, _holes * 2);
            Array.Resize(ref _alignments, _holes * 2);
        }
        _alignments[_holes] = alignment;
        ArgValue.Set(ref _args[_holes], value);
        _holes++;
    }

    /// <summary>Writes the event and gives the message back to the thread.</summary>
    public void WriteAndReturn(Logger logger, LogEventLevel level, Exception? exception)
    {
        try
        {
            var template = InterpolatedTemplateCache.Get(_parts.AsSpan(0, _count), _kinds.AsSpan(0, _count), _alignments.AsSpan(0, _holes), _hash);
            logger.Dispatcher.Write(level, exception, template, _args.AsSpan(0, _holes), logger.Bound, logger.Enrichers);
        }
        finally
        {
            _args.AsSpan(0, _holes).Clear();   // do not keep the values alive
            _parts.AsSpan(0, _count).Clear();
            t_cached = this;
        }
    }

    void AddPart(object? part, byte kind)
    {
        if (_count == _parts.Length)
        {
            Array.Resize(ref _parts, _count * 2);
            Array.Resize(ref _kinds, _count * 2);
        }
        _parts[_count] = part;
        _kinds[_count] = kind;
        _count++;
        _hash = HashCode.Combine(_hash, kind, part is null ? 0 : RuntimeHelpers.GetHashCode(part));
    }
}
