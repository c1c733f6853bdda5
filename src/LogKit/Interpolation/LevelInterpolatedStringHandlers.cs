// One interpolated-string handler per level: the constructor checks the level, so when it is off
// nothing in the string is evaluated. All of them delegate to InterpolatedMessage; the file is regular
// on purpose.
using System.ComponentModel;
using System.Runtime.CompilerServices;
using LogKit.Interpolation;
using Serilog.Events;

namespace LogKit;

/// <summary>
/// Builds a <c>Log.Verbose($"...")</c> message: each hole becomes a property named after its expression
/// (<c>{userId}</c> gives <c>userId</c>, <c>{order.Id}</c> gives <c>Id</c>) or after <c>:@Name</c>
/// (<c>{total:@Total}</c>; <c>{total:@Total:0.00}</c> adds a format). Not used directly.
/// </summary>
[InterpolatedStringHandler]
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct VerboseInterpolatedStringHandler
{
    readonly InterpolatedMessage? _message;

    /// <summary>Called by the compiler; nothing else is evaluated when Verbose is off.</summary>
    /// <param name="literalLength">The total length of the literal parts.</param>
    /// <param name="formattedCount">The number of holes.</param>
    /// <param name="isEnabled">Whether the level is on; when false the holes are not evaluated.</param>
    public VerboseInterpolatedStringHandler(int literalLength, int formattedCount, out bool isEnabled)
    {
        isEnabled = Log.IsEnabled(LogEventLevel.Verbose);
        _message = isEnabled ? InterpolatedMessage.Rent() : null;
    }

    internal readonly bool IsEnabled => _message != null;

    /// <summary>Called by the compiler for a literal part.</summary>
    /// <param name="value">The literal.</param>
    public readonly void AppendLiteral(string value) => _message!.AppendLiteral(value);

    /// <summary>Called by the compiler for a hole.</summary>
    /// <typeparam name="T">The value's type; common scalars are captured without boxing.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="format">A format, or <c>@Name</c> to name the property.</param>
    /// <param name="expression">Filled in by the compiler: the hole's expression, which names the property.</param>
    public readonly void AppendFormatted<T>(T value, string? format = null, [CallerArgumentExpression(nameof(value))] string expression = "")
        => _message!.AppendFormatted(value, 0, format, expression);

    /// <summary>Called by the compiler for a hole with an alignment.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="alignment">The alignment, as in a message template.</param>
    /// <param name="format">A format, or <c>@Name</c> to name the property.</param>
    /// <param name="expression">Filled in by the compiler: the hole's expression, which names the property.</param>
    public readonly void AppendFormatted<T>(T value, int alignment, string? format = null, [CallerArgumentExpression(nameof(value))] string expression = "")
        => _message!.AppendFormatted(value, alignment, format, expression);

    internal readonly void Write(Exception? exception) => _message!.WriteAndReturn(Log.Pipeline.RootLogger, LogEventLevel.Verbose, exception);
}

/// <summary>
/// Builds a <c>Log.Debug($"...")</c> message: each hole becomes a property named after its expression
/// (<c>{userId}</c> gives <c>userId</c>, <c>{order.Id}</c> gives <c>Id</c>) or after <c>:@Name</c>
/// (<c>{total:@Total}</c>; <c>{total:@Total:0.00}</c> adds a format). Not used directly.
/// </summary>
[InterpolatedStringHandler]
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct DebugInterpolatedStringHandler
{
    readonly InterpolatedMessage? _message;

    /// <summary>Called by the compiler; nothing else is evaluated when Debug is off.</summary>
    /// <param name="literalLength">The total length of the literal parts.</param>
    /// <param name="formattedCount">The number of holes.</param>
    /// <param name="isEnabled">Whether the level is on; when false the holes are not evaluated.</param>
    public DebugInterpolatedStringHandler(int literalLength, int formattedCount, out bool isEnabled)
    {
        isEnabled = Log.IsEnabled(LogEventLevel.Debug);
        _message = isEnabled ? InterpolatedMessage.Rent() : null;
    }

    internal readonly bool IsEnabled => _message != null;

    /// <summary>Called by the compiler for a literal part.</summary>
    /// <param name="value">The literal.</param>
    public readonly void AppendLiteral(string value) => _message!.AppendLiteral(value);

    /// <summary>Called by the compiler for a hole.</summary>
    /// <typeparam name="T">The value's type; common scalars are captured without boxing.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="format">A format, or <c>@Name</c> to name the property.</param>
    /// <param name="expression">Filled in by the compiler: the hole's expression, which names the property.</param>
    public readonly void AppendFormatted<T>(T value, string? format = null, [CallerArgumentExpression(nameof(value))] string expression = "")
        => _message!.AppendFormatted(value, 0, format, expression);

    /// <summary>Called by the compiler for a hole with an alignment.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="alignment">The alignment, as in a message template.</param>
    /// <param name="format">A format, or <c>@Name</c> to name the property.</param>
    /// <param name="expression">Filled in by the compiler: the hole's expression, which names the property.</param>
    public readonly void AppendFormatted<T>(T value, int alignment, string? format = null, [CallerArgumentExpression(nameof(value))] string expression = "")
        => _message!.AppendFormatted(value, alignment, format, expression);

    internal readonly void Write(Exception? exception) => _message!.WriteAndReturn(Log.Pipeline.RootLogger, LogEventLevel.Debug, exception);
}

/// <summary>
/// Builds a <c>Log.Information($"...")</c> message: each hole becomes a property named after its expression
/// (<c>{userId}</c> gives <c>userId</c>, <c>{order.Id}</c> gives <c>Id</c>) or after <c>:@Name</c>
/// (<c>{total:@Total}</c>; <c>{total:@Total:0.00}</c> adds a format). Not used directly.
/// </summary>
[InterpolatedStringHandler]
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct InformationInterpolatedStringHandler
{
    readonly InterpolatedMessage? _message;

    /// <summary>Called by the compiler; nothing else is evaluated when Information is off.</summary>
    /// <param name="literalLength">The total length of the literal parts.</param>
    /// <param name="formattedCount">The number of holes.</param>
    /// <param name="isEnabled">Whether the level is on; when false the holes are not evaluated.</param>
    public InformationInterpolatedStringHandler(int literalLength, int formattedCount, out bool isEnabled)
    {
        isEnabled = Log.IsEnabled(LogEventLevel.Information);
        _message = isEnabled ? InterpolatedMessage.Rent() : null;
    }

    internal readonly bool IsEnabled => _message != null;

    /// <summary>Called by the compiler for a literal part.</summary>
    /// <param name="value">The literal.</param>
    public readonly void AppendLiteral(string value) => _message!.AppendLiteral(value);

    /// <summary>Called by the compiler for a hole.</summary>
    /// <typeparam name="T">The value's type; common scalars are captured without boxing.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="format">A format, or <c>@Name</c> to name the property.</param>
    /// <param name="expression">Filled in by the compiler: the hole's expression, which names the property.</param>
    public readonly void AppendFormatted<T>(T value, string? format = null, [CallerArgumentExpression(nameof(value))] string expression = "")
        => _message!.AppendFormatted(value, 0, format, expression);

    /// <summary>Called by the compiler for a hole with an alignment.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="alignment">The alignment, as in a message template.</param>
    /// <param name="format">A format, or <c>@Name</c> to name the property.</param>
    /// <param name="expression">Filled in by the compiler: the hole's expression, which names the property.</param>
    public readonly void AppendFormatted<T>(T value, int alignment, string? format = null, [CallerArgumentExpression(nameof(value))] string expression = "")
        => _message!.AppendFormatted(value, alignment, format, expression);

    internal readonly void Write(Exception? exception) => _message!.WriteAndReturn(Log.Pipeline.RootLogger, LogEventLevel.Information, exception);
}

/// <summary>
/// Builds a <c>Log.Warning($"...")</c> message: each hole becomes a property named after its expression
/// (<c>{userId}</c> gives <c>userId</c>, <c>{order.Id}</c> gives <c>Id</c>) or after <c>:@Name</c>
/// (<c>{total:@Total}</c>; <c>{total:@Total:0.00}</c> adds a format). Not used directly.
/// </summary>
[InterpolatedStringHandler]
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct WarningInterpolatedStringHandler
{
    readonly InterpolatedMessage? _message;

    /// <summary>Called by the compiler; nothing else is evaluated when Warning is off.</summary>
    /// <param name="literalLength">The total length of the literal parts.</param>
    /// <param name="formattedCount">The number of holes.</param>
    /// <param name="isEnabled">Whether the level is on; when false the holes are not evaluated.</param>
    public WarningInterpolatedStringHandler(int literalLength, int formattedCount, out bool isEnabled)
    {
        isEnabled = Log.IsEnabled(LogEventLevel.Warning);
        _message = isEnabled ? InterpolatedMessage.Rent() : null;
    }

    internal readonly bool IsEnabled => _message != null;

    /// <summary>Called by the compiler for a literal part.</summary>
    /// <param name="value">The literal.</param>
    public readonly void AppendLiteral(string value) => _message!.AppendLiteral(value);

    /// <summary>Called by the compiler for a hole.</summary>
    /// <typeparam name="T">The value's type; common scalars are captured without boxing.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="format">A format, or <c>@Name</c> to name the property.</param>
    /// <param name="expression">Filled in by the compiler: the hole's expression, which names the property.</param>
    public readonly void AppendFormatted<T>(T value, string? format = null, [CallerArgumentExpression(nameof(value))] string expression = "")
        => _message!.AppendFormatted(value, 0, format, expression);

    /// <summary>Called by the compiler for a hole with an alignment.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="alignment">The alignment, as in a message template.</param>
    /// <param name="format">A format, or <c>@Name</c> to name the property.</param>
    /// <param name="expression">Filled in by the compiler: the hole's expression, which names the property.</param>
    public readonly void AppendFormatted<T>(T value, int alignment, string? format = null, [CallerArgumentExpression(nameof(value))] string expression = "")
        => _message!.AppendFormatted(value, alignment, format, expression);

    internal readonly void Write(Exception? exception) => _message!.WriteAndReturn(Log.Pipeline.RootLogger, LogEventLevel.Warning, exception);
}

/// <summary>
/// Builds a <c>Log.Error($"...")</c> message: each hole becomes a property named after its expression
/// (<c>{userId}</c> gives <c>userId</c>, <c>{order.Id}</c> gives <c>Id</c>) or after <c>:@Name</c>
/// (<c>{total:@Total}</c>; <c>{total:@Total:0.00}</c> adds a format). Not used directly.
/// </summary>
[InterpolatedStringHandler]
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct ErrorInterpolatedStringHandler
{
    readonly InterpolatedMessage? _message;

    /// <summary>Called by the compiler; nothing else is evaluated when Error is off.</summary>
    /// <param name="literalLength">The total length of the literal parts.</param>
    /// <param name="formattedCount">The number of holes.</param>
    /// <param name="isEnabled">Whether the level is on; when false the holes are not evaluated.</param>
    public ErrorInterpolatedStringHandler(int literalLength, int formattedCount, out bool isEnabled)
    {
        isEnabled = Log.IsEnabled(LogEventLevel.Error);
        _message = isEnabled ? InterpolatedMessage.Rent() : null;
    }

    internal readonly bool IsEnabled => _message != null;

    /// <summary>Called by the compiler for a literal part.</summary>
    /// <param name="value">The literal.</param>
    public readonly void AppendLiteral(string value) => _message!.AppendLiteral(value);

    /// <summary>Called by the compiler for a hole.</summary>
    /// <typeparam name="T">The value's type; common scalars are captured without boxing.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="format">A format, or <c>@Name</c> to name the property.</param>
    /// <param name="expression">Filled in by the compiler: the hole's expression, which names the property.</param>
    public readonly void AppendFormatted<T>(T value, string? format = null, [CallerArgumentExpression(nameof(value))] string expression = "")
        => _message!.AppendFormatted(value, 0, format, expression);

    /// <summary>Called by the compiler for a hole with an alignment.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="alignment">The alignment, as in a message template.</param>
    /// <param name="format">A format, or <c>@Name</c> to name the property.</param>
    /// <param name="expression">Filled in by the compiler: the hole's expression, which names the property.</param>
    public readonly void AppendFormatted<T>(T value, int alignment, string? format = null, [CallerArgumentExpression(nameof(value))] string expression = "")
        => _message!.AppendFormatted(value, alignment, format, expression);

    internal readonly void Write(Exception? exception) => _message!.WriteAndReturn(Log.Pipeline.RootLogger, LogEventLevel.Error, exception);
}

/// <summary>
/// Builds a <c>Log.Fatal($"...")</c> message: each hole becomes a property named after its expression
/// (<c>{userId}</c> gives <c>userId</c>, <c>{order.Id}</c> gives <c>Id</c>) or after <c>:@Name</c>
/// (<c>{total:@Total}</c>; <c>{total:@Total:0.00}</c> adds a format). Not used directly.
/// </summary>
[InterpolatedStringHandler]
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct FatalInterpolatedStringHandler
{
    readonly InterpolatedMessage? _message;

    /// <summary>Called by the compiler; nothing else is evaluated when Fatal is off.</summary>
    /// <param name="literalLength">The total length of the literal parts.</param>
    /// <param name="formattedCount">The number of holes.</param>
    /// <param name="isEnabled">Whether the level is on; when false the holes are not evaluated.</param>
    public FatalInterpolatedStringHandler(int literalLength, int formattedCount, out bool isEnabled)
    {
        isEnabled = Log.IsEnabled(LogEventLevel.Fatal);
        _message = isEnabled ? InterpolatedMessage.Rent() : null;
    }

    internal readonly bool IsEnabled => _message != null;

    /// <summary>Called by the compiler for a literal part.</summary>
    /// <param name="value">The literal.</param>
    public readonly void AppendLiteral(string value) => _message!.AppendLiteral(value);

    /// <summary>Called by the compiler for a hole.</summary>
    /// <typeparam name="T">The value's type; common scalars are captured without boxing.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="format">A format, or <c>@Name</c> to name the property.</param>
    /// <param name="expression">Filled in by the compiler: the hole's expression, which names the property.</param>
    public readonly void AppendFormatted<T>(T value, string? format = null, [CallerArgumentExpression(nameof(value))] string expression = "")
        => _message!.AppendFormatted(value, 0, format, expression);

    /// <summary>Called by the compiler for a hole with an alignment.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="alignment">The alignment, as in a message template.</param>
    /// <param name="format">A format, or <c>@Name</c> to name the property.</param>
    /// <param name="expression">Filled in by the compiler: the hole's expression, which names the property.</param>
    public readonly void AppendFormatted<T>(T value, int alignment, string? format = null, [CallerArgumentExpression(nameof(value))] string expression = "")
        => _message!.AppendFormatted(value, alignment, format, expression);

    internal readonly void Write(Exception? exception) => _message!.WriteAndReturn(Log.Pipeline.RootLogger, LogEventLevel.Fatal, exception);
}
