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
    public static void Verbose(ref VerboseInterpolatedStringHandler message)
    {
        if (message.IsEnabled)
            message.Write(null);
    }

    /// <summary>Writes a Verbose event with an exception from an interpolated string (see <see cref="Verbose(ref VerboseInterpolatedStringHandler)"/>).</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="message">The interpolated string.</param>
    public static void Verbose(Exception? exception, ref VerboseInterpolatedStringHandler message)
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
    public static void Debug(ref DebugInterpolatedStringHandler message)
    {
        if (message.IsEnabled)
            message.Write(null);
    }

    /// <summary>Writes a Debug event with an exception from an interpolated string (see <see cref="Debug(ref DebugInterpolatedStringHandler)"/>).</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="message">The interpolated string.</param>
    public static void Debug(Exception? exception, ref DebugInterpolatedStringHandler message)
    {
        if (message.IsEnabled)
            message.Write(exception);
    }

    /// <summary>
    /// Writes a Information event from an interpolated string, with no allocation and nothing evaluated when the
    /// level is off: <c>Log.Information($"User {userId} bought {quantity}")</c> writes the template
    /// <c>"User {userId} bought {quantity}"</c> with those properties, exactly as the template form would.
    /// </summary>
    /// <param name="message">The interpolated string.</param>
    public static void Information(ref InformationInterpolatedStringHandler message)
    {
        if (message.IsEnabled)
            message.Write(null);
    }

    /// <summary>Writes a Information event with an exception from an interpolated string (see <see cref="Information(ref InformationInterpolatedStringHandler)"/>).</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="message">The interpolated string.</param>
    public static void Information(Exception? exception, ref InformationInterpolatedStringHandler message)
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
    public static void Warning(ref WarningInterpolatedStringHandler message)
    {
        if (message.IsEnabled)
            message.Write(null);
    }

    /// <summary>Writes a Warning event with an exception from an interpolated string (see <see cref="Warning(ref WarningInterpolatedStringHandler)"/>).</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="message">The interpolated string.</param>
    public static void Warning(Exception? exception, ref WarningInterpolatedStringHandler message)
    {
        if (message.IsEnabled)
            message.Write(exception);
    }

    /// <summary>
    /// Writes a Error event from an interpolated string, with no allocation and nothing evaluated when the
    /// level is off: <c>Log.Error($"User {userId} bought {quantity}")</c> writes the template
    /// <c>"User {userId} bought {quantity}"</c> with those properties, exactly as the template form would.
    /// </summary>
    /// <param name="message">The interpolated string.</param>
    public static void Error(ref ErrorInterpolatedStringHandler message)
    {
        if (message.IsEnabled)
            message.Write(null);
    }

    /// <summary>Writes a Error event with an exception from an interpolated string (see <see cref="Error(ref ErrorInterpolatedStringHandler)"/>).</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="message">The interpolated string.</param>
    public static void Error(Exception? exception, ref ErrorInterpolatedStringHandler message)
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
    public static void Fatal(ref FatalInterpolatedStringHandler message)
    {
        if (message.IsEnabled)
            message.Write(null);
    }

    /// <summary>Writes a Fatal event with an exception from an interpolated string (see <see cref="Fatal(ref FatalInterpolatedStringHandler)"/>).</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="message">The interpolated string.</param>
    public static void Fatal(Exception? exception, ref FatalInterpolatedStringHandler message)
    {
        if (message.IsEnabled)
            message.Write(exception);
    }
}
