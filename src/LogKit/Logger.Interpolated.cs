// The interpolated-string overloads of a Logger, one pair per level; the handler takes this logger, so its
// level (source-context override), bound properties and enrichers apply.
using System.Runtime.CompilerServices;
using LogKit.Interpolation;

namespace LogKit;

public sealed partial class Logger
{
    /// <summary>
    /// Writes a Verbose event from an interpolated string, with no allocation and nothing evaluated when the
    /// level is off: <c>log.Verbose($"User {userId} bought {quantity}")</c> writes the template
    /// <c>"User {userId} bought {quantity}"</c> with those properties, exactly as the template form would.
    /// </summary>
    /// <param name="message">The interpolated string.</param>
    public void Verbose([InterpolatedStringHandlerArgument("")] ref LogInterpolatedStringHandler<VerboseLevel> message)
    {
        if (message.IsEnabled)
            message.Write(null);
    }

    /// <summary>Writes a Verbose event with an exception from an interpolated string (see <see cref="Verbose(ref LogInterpolatedStringHandler{VerboseLevel})"/>).</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="message">The interpolated string.</param>
    public void Verbose(Exception? exception, [InterpolatedStringHandlerArgument("")] ref LogInterpolatedStringHandler<VerboseLevel> message)
    {
        if (message.IsEnabled)
            message.Write(exception);
    }

    /// <summary>
    /// Writes a Debug event from an interpolated string, with no allocation and nothing evaluated when the
    /// level is off: <c>log.Debug($"User {userId} bought {quantity}")</c> writes the template
    /// <c>"User {userId} bought {quantity}"</c> with those properties, exactly as the template form would.
    /// </summary>
    /// <param name="message">The interpolated string.</param>
    public void Debug([InterpolatedStringHandlerArgument("")] ref LogInterpolatedStringHandler<DebugLevel> message)
    {
        if (message.IsEnabled)
            message.Write(null);
    }

    /// <summary>Writes a Debug event with an exception from an interpolated string (see <see cref="Debug(ref LogInterpolatedStringHandler{DebugLevel})"/>).</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="message">The interpolated string.</param>
    public void Debug(Exception? exception, [InterpolatedStringHandlerArgument("")] ref LogInterpolatedStringHandler<DebugLevel> message)
    {
        if (message.IsEnabled)
            message.Write(exception);
    }

    /// <summary>
    /// Writes an Information event from an interpolated string, with no allocation and nothing evaluated when the
    /// level is off: <c>log.Information($"User {userId} bought {quantity}")</c> writes the template
    /// <c>"User {userId} bought {quantity}"</c> with those properties, exactly as the template form would.
    /// </summary>
    /// <param name="message">The interpolated string.</param>
    public void Information([InterpolatedStringHandlerArgument("")] ref LogInterpolatedStringHandler<InformationLevel> message)
    {
        if (message.IsEnabled)
            message.Write(null);
    }

    /// <summary>Writes an Information event with an exception from an interpolated string (see <see cref="Information(ref LogInterpolatedStringHandler{InformationLevel})"/>).</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="message">The interpolated string.</param>
    public void Information(Exception? exception, [InterpolatedStringHandlerArgument("")] ref LogInterpolatedStringHandler<InformationLevel> message)
    {
        if (message.IsEnabled)
            message.Write(exception);
    }

    /// <summary>
    /// Writes a Warning event from an interpolated string, with no allocation and nothing evaluated when the
    /// level is off: <c>log.Warning($"User {userId} bought {quantity}")</c> writes the template
    /// <c>"User {userId} bought {quantity}"</c> with those properties, exactly as the template form would.
    /// </summary>
    /// <param name="message">The interpolated string.</param>
    public void Warning([InterpolatedStringHandlerArgument("")] ref LogInterpolatedStringHandler<WarningLevel> message)
    {
        if (message.IsEnabled)
            message.Write(null);
    }

    /// <summary>Writes a Warning event with an exception from an interpolated string (see <see cref="Warning(ref LogInterpolatedStringHandler{WarningLevel})"/>).</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="message">The interpolated string.</param>
    public void Warning(Exception? exception, [InterpolatedStringHandlerArgument("")] ref LogInterpolatedStringHandler<WarningLevel> message)
    {
        if (message.IsEnabled)
            message.Write(exception);
    }

    /// <summary>
    /// Writes an Error event from an interpolated string, with no allocation and nothing evaluated when the
    /// level is off: <c>log.Error($"User {userId} bought {quantity}")</c> writes the template
    /// <c>"User {userId} bought {quantity}"</c> with those properties, exactly as the template form would.
    /// </summary>
    /// <param name="message">The interpolated string.</param>
    public void Error([InterpolatedStringHandlerArgument("")] ref LogInterpolatedStringHandler<ErrorLevel> message)
    {
        if (message.IsEnabled)
            message.Write(null);
    }

    /// <summary>Writes an Error event with an exception from an interpolated string (see <see cref="Error(ref LogInterpolatedStringHandler{ErrorLevel})"/>).</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="message">The interpolated string.</param>
    public void Error(Exception? exception, [InterpolatedStringHandlerArgument("")] ref LogInterpolatedStringHandler<ErrorLevel> message)
    {
        if (message.IsEnabled)
            message.Write(exception);
    }

    /// <summary>
    /// Writes a Fatal event from an interpolated string, with no allocation and nothing evaluated when the
    /// level is off: <c>log.Fatal($"User {userId} bought {quantity}")</c> writes the template
    /// <c>"User {userId} bought {quantity}"</c> with those properties, exactly as the template form would.
    /// </summary>
    /// <param name="message">The interpolated string.</param>
    public void Fatal([InterpolatedStringHandlerArgument("")] ref LogInterpolatedStringHandler<FatalLevel> message)
    {
        if (message.IsEnabled)
            message.Write(null);
    }

    /// <summary>Writes a Fatal event with an exception from an interpolated string (see <see cref="Fatal(ref LogInterpolatedStringHandler{FatalLevel})"/>).</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="message">The interpolated string.</param>
    public void Fatal(Exception? exception, [InterpolatedStringHandlerArgument("")] ref LogInterpolatedStringHandler<FatalLevel> message)
    {
        if (message.IsEnabled)
            message.Write(exception);
    }
}
