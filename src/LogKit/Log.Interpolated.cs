// The interpolated-string overloads of the static facade, one pair per level.
using LogKit.Interpolation;

namespace LogKit;

public static partial class Log
{
    /// <summary>
    /// Writes a Verbose event from an interpolated string, with no allocation and nothing evaluated when the
    /// level is off: <c>Log.Verbose($"User {userId} bought {quantity}")</c> writes the template
    /// <c>"User {userId} bought {quantity}"</c> with those properties, exactly as the template form would.
    /// </summary>
    /// <param name="message">The interpolated string.</param>
    public static void Verbose(ref LogInterpolatedStringHandler<VerboseLevel> message)
    {
        if (message.IsEnabled)
            message.Write(null);
    }

    /// <summary>Writes a Verbose event with an exception from an interpolated string (see <see cref="Verbose(ref LogInterpolatedStringHandler{VerboseLevel})"/>).</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="message">The interpolated string.</param>
    public static void Verbose(Exception? exception, ref LogInterpolatedStringHandler<VerboseLevel> message)
    {
        if (message.IsEnabled)
            message.Write(exception);
    }

    /// <summary>
    /// Writes a Debug event from an interpolated string, with no allocation and nothing evaluated when the
    /// level is off: <c>Log.Debug($"User {userId} bought {quantity}")</c> writes the template
    /// <c>"User {userId} bought {quantity}"</c> with those properties, exactly as the template form would.
    /// </summary>
    /// <param name="message">The interpolated string.</param>
    public static void Debug(ref LogInterpolatedStringHandler<DebugLevel> message)
    {
        if (message.IsEnabled)
            message.Write(null);
    }

    /// <summary>Writes a Debug event with an exception from an interpolated string (see <see cref="Debug(ref LogInterpolatedStringHandler{DebugLevel})"/>).</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="message">The interpolated string.</param>
    public static void Debug(Exception? exception, ref LogInterpolatedStringHandler<DebugLevel> message)
    {
        if (message.IsEnabled)
            message.Write(exception);
    }

    /// <summary>
    /// Writes an Information event from an interpolated string, with no allocation and nothing evaluated when the
    /// level is off: <c>Log.Information($"User {userId} bought {quantity}")</c> writes the template
    /// <c>"User {userId} bought {quantity}"</c> with those properties, exactly as the template form would.
    /// </summary>
    /// <param name="message">The interpolated string.</param>
    public static void Information(ref LogInterpolatedStringHandler<InformationLevel> message)
    {
        if (message.IsEnabled)
            message.Write(null);
    }

    /// <summary>Writes an Information event with an exception from an interpolated string (see <see cref="Information(ref LogInterpolatedStringHandler{InformationLevel})"/>).</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="message">The interpolated string.</param>
    public static void Information(Exception? exception, ref LogInterpolatedStringHandler<InformationLevel> message)
    {
        if (message.IsEnabled)
            message.Write(exception);
    }

    /// <summary>
    /// Writes a Warning event from an interpolated string, with no allocation and nothing evaluated when the
    /// level is off: <c>Log.Warning($"User {userId} bought {quantity}")</c> writes the template
    /// <c>"User {userId} bought {quantity}"</c> with those properties, exactly as the template form would.
    /// </summary>
    /// <param name="message">The interpolated string.</param>
    public static void Warning(ref LogInterpolatedStringHandler<WarningLevel> message)
    {
        if (message.IsEnabled)
            message.Write(null);
    }

    /// <summary>Writes a Warning event with an exception from an interpolated string (see <see cref="Warning(ref LogInterpolatedStringHandler{WarningLevel})"/>).</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="message">The interpolated string.</param>
    public static void Warning(Exception? exception, ref LogInterpolatedStringHandler<WarningLevel> message)
    {
        if (message.IsEnabled)
            message.Write(exception);
    }

    /// <summary>
    /// Writes an Error event from an interpolated string, with no allocation and nothing evaluated when the
    /// level is off: <c>Log.Error($"User {userId} bought {quantity}")</c> writes the template
    /// <c>"User {userId} bought {quantity}"</c> with those properties, exactly as the template form would.
    /// </summary>
    /// <param name="message">The interpolated string.</param>
    public static void Error(ref LogInterpolatedStringHandler<ErrorLevel> message)
    {
        if (message.IsEnabled)
            message.Write(null);
    }

    /// <summary>Writes an Error event with an exception from an interpolated string (see <see cref="Error(ref LogInterpolatedStringHandler{ErrorLevel})"/>).</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="message">The interpolated string.</param>
    public static void Error(Exception? exception, ref LogInterpolatedStringHandler<ErrorLevel> message)
    {
        if (message.IsEnabled)
            message.Write(exception);
    }

    /// <summary>
    /// Writes a Fatal event from an interpolated string, with no allocation and nothing evaluated when the
    /// level is off: <c>Log.Fatal($"User {userId} bought {quantity}")</c> writes the template
    /// <c>"User {userId} bought {quantity}"</c> with those properties, exactly as the template form would.
    /// </summary>
    /// <param name="message">The interpolated string.</param>
    public static void Fatal(ref LogInterpolatedStringHandler<FatalLevel> message)
    {
        if (message.IsEnabled)
            message.Write(null);
    }

    /// <summary>Writes a Fatal event with an exception from an interpolated string (see <see cref="Fatal(ref LogInterpolatedStringHandler{FatalLevel})"/>).</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="message">The interpolated string.</param>
    public static void Fatal(Exception? exception, ref LogInterpolatedStringHandler<FatalLevel> message)
    {
        if (message.IsEnabled)
            message.Write(exception);
    }
}
