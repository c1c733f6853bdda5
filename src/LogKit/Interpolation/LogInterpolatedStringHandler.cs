using System.ComponentModel;
using System.Runtime.CompilerServices;
using LogKit.Core;
using Serilog.Events;

namespace LogKit.Interpolation;

/// <summary>
/// Builds a <c>Log.Information($"...")</c> message (and the other levels'): each hole becomes a property
/// named after its expression (<c>{userId}</c> gives <c>userId</c>, <c>{order.Id}</c> gives <c>Id</c>) or
/// after <c>:@Name</c> (<c>{total:@Total}</c>; <c>{total:@Total:0.00}</c> adds a format). The constructor
/// checks the level, so when it is off nothing in the string is evaluated. The logger comes with the call:
/// <c>Log.Information($"...")</c> passes the default pipeline, <c>pipeline.Information($"...")</c> its own
/// pipeline and <c>logger.Information($"...")</c> that logger, with its level and bound properties (through
/// <see cref="InterpolatedStringHandlerArgumentAttribute"/>). Not used directly.
/// </summary>
/// <typeparam name="TLevel">The level, as a type, so that the check costs a constant comparison.</typeparam>
[InterpolatedStringHandler]
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly ref struct LogInterpolatedStringHandler<TLevel>
    where TLevel : struct, IInterpolationLevel
{
    readonly InterpolatedMessage? _message;
    readonly Logger? _logger;

    /// <summary>Called by the compiler for the static <see cref="Log"/> facade; nothing else is evaluated when the level is off.</summary>
    /// <param name="literalLength">The total length of the literal parts.</param>
    /// <param name="formattedCount">The number of holes.</param>
    /// <param name="isEnabled">Whether the level is on; when false the holes are not evaluated.</param>
    public LogInterpolatedStringHandler(int literalLength, int formattedCount, out bool isEnabled)
        : this(literalLength, formattedCount, Log.Pipeline, out isEnabled)
    {
    }

    /// <summary>Called by the compiler for a pipeline's own methods; nothing else is evaluated when the level is off.</summary>
    /// <param name="literalLength">The total length of the literal parts.</param>
    /// <param name="formattedCount">The number of holes.</param>
    /// <param name="pipeline">The pipeline the event goes to.</param>
    /// <param name="isEnabled">Whether the level is on; when false the holes are not evaluated.</param>
    public LogInterpolatedStringHandler(int literalLength, int formattedCount, LogPipeline pipeline, out bool isEnabled)
    {
        isEnabled = pipeline.IsEnabled(TLevel.Level);
        if (isEnabled)
        {
            _logger = pipeline.RootLogger;
            _message = InterpolatedMessage.Rent();
        }
    }

    /// <summary>Called by the compiler for a <see cref="Logger"/>'s methods; nothing else is evaluated when the level is off.</summary>
    /// <param name="literalLength">The total length of the literal parts.</param>
    /// <param name="formattedCount">The number of holes.</param>
    /// <param name="logger">The logger the event goes through: its level (or source-context override), bound properties and enrichers apply.</param>
    /// <param name="isEnabled">Whether the level is on; when false the holes are not evaluated.</param>
    public LogInterpolatedStringHandler(int literalLength, int formattedCount, Logger logger, out bool isEnabled)
    {
        isEnabled = logger.IsEnabled(TLevel.Level);
        if (isEnabled)
        {
            _logger = logger;
            _message = InterpolatedMessage.Rent();
        }
    }

    internal bool IsEnabled => _message != null;

    /// <summary>Called by the compiler for a literal part.</summary>
    /// <param name="value">The literal.</param>
    public void AppendLiteral(string value) => _message!.AppendLiteral(value);

    /// <summary>Called by the compiler for a hole.</summary>
    /// <typeparam name="T">The value's type; common scalars are captured without boxing.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="format">A format, or <c>@Name</c> to name the property.</param>
    /// <param name="expression">Filled in by the compiler: the hole's expression, which names the property.</param>
    public void AppendFormatted<T>(T value, string? format = null, [CallerArgumentExpression(nameof(value))] string expression = "")
        => _message!.AppendFormatted(value, 0, format, expression);

    /// <summary>Called by the compiler for a hole with an alignment.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="alignment">The alignment, as in a message template.</param>
    /// <param name="format">A format, or <c>@Name</c> to name the property.</param>
    /// <param name="expression">Filled in by the compiler: the hole's expression, which names the property.</param>
    public void AppendFormatted<T>(T value, int alignment, string? format = null, [CallerArgumentExpression(nameof(value))] string expression = "")
        => _message!.AppendFormatted(value, alignment, format, expression);

    internal void Write(Exception? exception) => _message!.WriteAndReturn(_logger!, TLevel.Level, exception);
}
