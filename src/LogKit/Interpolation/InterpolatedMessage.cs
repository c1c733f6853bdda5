using System.Runtime.CompilerServices;
using LogKit.Capturing;
using LogKit.Core;
using Serilog.Events;

namespace LogKit.Interpolation;

/// <summary>
/// What an interpolated log message collects: its literal parts, each hole's expression, format and
/// alignment (which name the property: see <see cref="InterpolatedTemplateCache"/>), and the hole
/// values captured unboxed. Turned into the same template and properties as the equivalent template
/// call. One instance per thread is reused, and only when the level is on, so a disabled call
/// touches none of this.
/// </summary>
internal sealed class InterpolatedMessage
{
    const int MaxHoles = ArgBuffer.Capacity;

    [ThreadStatic] static InterpolatedMessage? t_cached;

    ArgBuffer _args;
    PartBuffer _parts;
    AlignmentBuffer _alignments;
    int _holes;
    int _hash;
    bool _pendingLiteral;
    bool _overflow;

    /// <summary>The calling thread's message, emptied; taken out of its slot so a hole that logs gets its own.</summary>
    public static InterpolatedMessage Rent()
    {
        var message = t_cached ?? new InterpolatedMessage();
        t_cached = null;
        message._holes = 0;
        message._hash = 0;
        message._pendingLiteral = false;
        message._overflow = false;
        return message;
    }

    public void AppendLiteral(string value)
    {
        // Consecutive literals never happen in compiler output; if they do, the slow path joins them.
        if (_pendingLiteral || _overflow)
        {
            _overflow = true;
            return;
        }
        SetPart(_holes * 3, value);
        _pendingLiteral = true;
    }

    public void AppendFormatted<T>(T value, int alignment, string? format, string expression)
    {
        if (_holes == MaxHoles)
        {
            _overflow = true;
            return;
        }

        if (!_pendingLiteral)
            SetPart(_holes * 3, null);
        _pendingLiteral = false;

        // The expression and format strings are compile-time constants: their identities, not a name
        // derived from them, key the template cache, so a call site's template is found without any text.
        SetPart(_holes * 3 + 1, expression);
        SetPart(_holes * 3 + 2, format);
        _alignments[_holes] = alignment;
        ArgValue.Set(ref _args[_holes], value);
        _holes++;
    }

    /// <summary>Writes the event and gives the message back to the thread.</summary>
    public void WriteAndReturn(PipelineLogger logger, LogEventLevel level, Exception? exception)
    {
        try
        {
            if (_overflow)
            {
                logger.Pipeline.Write(level, exception, "(a log message with more than " + MaxHoles + " holes or adjacent literals was not written)", default, logger);
                return;
            }

            var partCount = _holes * 3 + (_pendingLiteral ? 1 : 0);
            var parts = ((ReadOnlySpan<object?>)_parts)[..partCount];
            var alignments = ((ReadOnlySpan<int>)_alignments)[.._holes];
            var template = InterpolatedTemplateCache.Get(parts, alignments, _hash ^ partCount);
            logger.Pipeline.Write(level, exception, template, ((Span<ArgValue>)_args)[.._holes], logger);
        }
        finally
        {
            ((Span<ArgValue>)_args)[.._holes].Clear();   // do not keep the values alive
            ((Span<object?>)_parts).Clear();
            t_cached = this;
        }
    }

    void SetPart(int index, object? part)
    {
        _parts[index] = part;
        _hash = HashCode.Combine(_hash, part is null ? 0 : RuntimeHelpers.GetHashCode(part));
    }

    /// <summary>
    /// A property name from the hole's expression: an identifier as it is (<c>userId</c>), the last
    /// member of a member access (<c>order.Id</c> gives <c>Id</c>), and for anything else, a position.
    /// </summary>
    public static string NameFromExpression(string expression, int position)
    {
        var start = expression.LastIndexOf('.') + 1;
        var candidate = expression.AsSpan(start).Trim();
        if (candidate.Length > 0 && (char.IsLetter(candidate[0]) || candidate[0] == '_') && !candidate.ContainsAnyExcept(s_identifierChars))
            return start == 0 && candidate.Length == expression.Length ? expression : candidate.ToString();
        return "Arg" + position.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    static readonly System.Buffers.SearchValues<char> s_identifierChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

    [InlineArray(MaxHoles * 3 + 1)]
    struct PartBuffer
    {
        object? _element0;
    }

    [InlineArray(MaxHoles)]
    struct AlignmentBuffer
    {
        int _element0;
    }
}
