using System.ComponentModel;
using Serilog.Events;

namespace LogKit.Interpolation;

/// <summary>A level as a type, for <see cref="LogInterpolatedStringHandler{TLevel}"/>. Not used directly.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IInterpolationLevel
{
    /// <summary>The level.</summary>
    static abstract LogEventLevel Level { get; }
}

/// <summary><see cref="LogEventLevel.Verbose"/> as a type. Not used directly.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct VerboseLevel : IInterpolationLevel
{
    /// <inheritdoc />
    public static LogEventLevel Level => LogEventLevel.Verbose;
}

/// <summary><see cref="LogEventLevel.Debug"/> as a type. Not used directly.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct DebugLevel : IInterpolationLevel
{
    /// <inheritdoc />
    public static LogEventLevel Level => LogEventLevel.Debug;
}

/// <summary><see cref="LogEventLevel.Information"/> as a type. Not used directly.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct InformationLevel : IInterpolationLevel
{
    /// <inheritdoc />
    public static LogEventLevel Level => LogEventLevel.Information;
}

/// <summary><see cref="LogEventLevel.Warning"/> as a type. Not used directly.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct WarningLevel : IInterpolationLevel
{
    /// <inheritdoc />
    public static LogEventLevel Level => LogEventLevel.Warning;
}

/// <summary><see cref="LogEventLevel.Error"/> as a type. Not used directly.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct ErrorLevel : IInterpolationLevel
{
    /// <inheritdoc />
    public static LogEventLevel Level => LogEventLevel.Error;
}

/// <summary><see cref="LogEventLevel.Fatal"/> as a type. Not used directly.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct FatalLevel : IInterpolationLevel
{
    /// <inheritdoc />
    public static LogEventLevel Level => LogEventLevel.Fatal;
}
