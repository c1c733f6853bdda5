// The logging methods of the static facade: every level with 0-4 generic arguments (no boxing, no
// array, nothing evaluated when the level is off) or params, with and without an exception.
// Each method checks the level inline and forwards to the default pipeline's root logger.
using LogKit.Core;
using Serilog.Core;
using Serilog.Events;

namespace LogKit;

public static partial class Log
{

    /// <summary>Writes an event at the given level.</summary>
    /// <param name="level">The level of the event.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Write(LogEventLevel level, string messageTemplate)
    {
        if (s_pipeline.IsEnabled(level))
            s_pipeline.RootLogger.Emit(level, null, messageTemplate);
    }

    /// <summary>Writes an event at the given level.</summary>
    /// <param name="level">The level of the event.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Write<T0>(LogEventLevel level, string messageTemplate, T0 propertyValue0)
    {
        if (s_pipeline.IsEnabled(level))
            s_pipeline.RootLogger.Emit(level, null, messageTemplate, propertyValue0);
    }

    /// <summary>Writes an event at the given level.</summary>
    /// <param name="level">The level of the event.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Write<T0, T1>(LogEventLevel level, string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (s_pipeline.IsEnabled(level))
            s_pipeline.RootLogger.Emit(level, null, messageTemplate, propertyValue0, propertyValue1);
    }

    /// <summary>Writes an event at the given level.</summary>
    /// <param name="level">The level of the event.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    /// <param name="propertyValue2">The value of the template's property number 2 (zero-based, in order of appearance).</param>
    /// <typeparam name="T2">The type of <paramref name="propertyValue2"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Write<T0, T1, T2>(LogEventLevel level, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (s_pipeline.IsEnabled(level))
            s_pipeline.RootLogger.Emit(level, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
    }

    /// <summary>Writes an event at the given level.</summary>
    /// <param name="level">The level of the event.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    /// <param name="propertyValue2">The value of the template's property number 2 (zero-based, in order of appearance).</param>
    /// <typeparam name="T2">The type of <paramref name="propertyValue2"/>.</typeparam>
    /// <param name="propertyValue3">The value of the template's property number 3 (zero-based, in order of appearance).</param>
    /// <typeparam name="T3">The type of <paramref name="propertyValue3"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Write<T0, T1, T2, T3>(LogEventLevel level, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2, T3 propertyValue3)
    {
        if (s_pipeline.IsEnabled(level))
            s_pipeline.RootLogger.Emit(level, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2, propertyValue3);
    }

    /// <summary>Writes an event at the given level.</summary>
    /// <param name="level">The level of the event.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValues">The values of the template's properties, in order of appearance.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Write(LogEventLevel level, string messageTemplate, params object?[]? propertyValues)
    {
        if (s_pipeline.IsEnabled(level))
            s_pipeline.RootLogger.EmitParams(level, null, messageTemplate, propertyValues);
    }

    /// <summary>Writes an event at the given level.</summary>
    /// <param name="level">The level of the event.</param>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Write(LogEventLevel level, Exception? exception, string messageTemplate)
    {
        if (s_pipeline.IsEnabled(level))
            s_pipeline.RootLogger.Emit(level, exception, messageTemplate);
    }

    /// <summary>Writes an event at the given level.</summary>
    /// <param name="level">The level of the event.</param>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Write<T0>(LogEventLevel level, Exception? exception, string messageTemplate, T0 propertyValue0)
    {
        if (s_pipeline.IsEnabled(level))
            s_pipeline.RootLogger.Emit(level, exception, messageTemplate, propertyValue0);
    }

    /// <summary>Writes an event at the given level.</summary>
    /// <param name="level">The level of the event.</param>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Write<T0, T1>(LogEventLevel level, Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (s_pipeline.IsEnabled(level))
            s_pipeline.RootLogger.Emit(level, exception, messageTemplate, propertyValue0, propertyValue1);
    }

    /// <summary>Writes an event at the given level.</summary>
    /// <param name="level">The level of the event.</param>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    /// <param name="propertyValue2">The value of the template's property number 2 (zero-based, in order of appearance).</param>
    /// <typeparam name="T2">The type of <paramref name="propertyValue2"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Write<T0, T1, T2>(LogEventLevel level, Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (s_pipeline.IsEnabled(level))
            s_pipeline.RootLogger.Emit(level, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
    }

    /// <summary>Writes an event at the given level.</summary>
    /// <param name="level">The level of the event.</param>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    /// <param name="propertyValue2">The value of the template's property number 2 (zero-based, in order of appearance).</param>
    /// <typeparam name="T2">The type of <paramref name="propertyValue2"/>.</typeparam>
    /// <param name="propertyValue3">The value of the template's property number 3 (zero-based, in order of appearance).</param>
    /// <typeparam name="T3">The type of <paramref name="propertyValue3"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Write<T0, T1, T2, T3>(LogEventLevel level, Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2, T3 propertyValue3)
    {
        if (s_pipeline.IsEnabled(level))
            s_pipeline.RootLogger.Emit(level, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2, propertyValue3);
    }

    /// <summary>Writes an event at the given level.</summary>
    /// <param name="level">The level of the event.</param>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValues">The values of the template's properties, in order of appearance.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Write(LogEventLevel level, Exception? exception, string messageTemplate, params object?[]? propertyValues)
    {
        if (s_pipeline.IsEnabled(level))
            s_pipeline.RootLogger.EmitParams(level, exception, messageTemplate, propertyValues);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Verbose"/>: the most detailed tracing, normally off.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Verbose(string messageTemplate)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Verbose))
            s_pipeline.RootLogger.Emit(LogEventLevel.Verbose, null, messageTemplate);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Verbose"/>: the most detailed tracing, normally off.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Verbose<T0>(string messageTemplate, T0 propertyValue0)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Verbose))
            s_pipeline.RootLogger.Emit(LogEventLevel.Verbose, null, messageTemplate, propertyValue0);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Verbose"/>: the most detailed tracing, normally off.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Verbose<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Verbose))
            s_pipeline.RootLogger.Emit(LogEventLevel.Verbose, null, messageTemplate, propertyValue0, propertyValue1);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Verbose"/>: the most detailed tracing, normally off.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    /// <param name="propertyValue2">The value of the template's property number 2 (zero-based, in order of appearance).</param>
    /// <typeparam name="T2">The type of <paramref name="propertyValue2"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Verbose<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Verbose))
            s_pipeline.RootLogger.Emit(LogEventLevel.Verbose, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Verbose"/>: the most detailed tracing, normally off.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    /// <param name="propertyValue2">The value of the template's property number 2 (zero-based, in order of appearance).</param>
    /// <typeparam name="T2">The type of <paramref name="propertyValue2"/>.</typeparam>
    /// <param name="propertyValue3">The value of the template's property number 3 (zero-based, in order of appearance).</param>
    /// <typeparam name="T3">The type of <paramref name="propertyValue3"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Verbose<T0, T1, T2, T3>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2, T3 propertyValue3)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Verbose))
            s_pipeline.RootLogger.Emit(LogEventLevel.Verbose, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2, propertyValue3);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Verbose"/>: the most detailed tracing, normally off.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValues">The values of the template's properties, in order of appearance.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Verbose(string messageTemplate, params object?[]? propertyValues)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Verbose))
            s_pipeline.RootLogger.EmitParams(LogEventLevel.Verbose, null, messageTemplate, propertyValues);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Verbose"/>: the most detailed tracing, normally off.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Verbose(Exception? exception, string messageTemplate)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Verbose))
            s_pipeline.RootLogger.Emit(LogEventLevel.Verbose, exception, messageTemplate);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Verbose"/>: the most detailed tracing, normally off.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Verbose<T0>(Exception? exception, string messageTemplate, T0 propertyValue0)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Verbose))
            s_pipeline.RootLogger.Emit(LogEventLevel.Verbose, exception, messageTemplate, propertyValue0);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Verbose"/>: the most detailed tracing, normally off.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Verbose<T0, T1>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Verbose))
            s_pipeline.RootLogger.Emit(LogEventLevel.Verbose, exception, messageTemplate, propertyValue0, propertyValue1);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Verbose"/>: the most detailed tracing, normally off.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    /// <param name="propertyValue2">The value of the template's property number 2 (zero-based, in order of appearance).</param>
    /// <typeparam name="T2">The type of <paramref name="propertyValue2"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Verbose<T0, T1, T2>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Verbose))
            s_pipeline.RootLogger.Emit(LogEventLevel.Verbose, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Verbose"/>: the most detailed tracing, normally off.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    /// <param name="propertyValue2">The value of the template's property number 2 (zero-based, in order of appearance).</param>
    /// <typeparam name="T2">The type of <paramref name="propertyValue2"/>.</typeparam>
    /// <param name="propertyValue3">The value of the template's property number 3 (zero-based, in order of appearance).</param>
    /// <typeparam name="T3">The type of <paramref name="propertyValue3"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Verbose<T0, T1, T2, T3>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2, T3 propertyValue3)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Verbose))
            s_pipeline.RootLogger.Emit(LogEventLevel.Verbose, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2, propertyValue3);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Verbose"/>: the most detailed tracing, normally off.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValues">The values of the template's properties, in order of appearance.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Verbose(Exception? exception, string messageTemplate, params object?[]? propertyValues)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Verbose))
            s_pipeline.RootLogger.EmitParams(LogEventLevel.Verbose, exception, messageTemplate, propertyValues);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Debug"/>: internal detail useful while developing.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Debug(string messageTemplate)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Debug))
            s_pipeline.RootLogger.Emit(LogEventLevel.Debug, null, messageTemplate);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Debug"/>: internal detail useful while developing.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Debug<T0>(string messageTemplate, T0 propertyValue0)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Debug))
            s_pipeline.RootLogger.Emit(LogEventLevel.Debug, null, messageTemplate, propertyValue0);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Debug"/>: internal detail useful while developing.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Debug<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Debug))
            s_pipeline.RootLogger.Emit(LogEventLevel.Debug, null, messageTemplate, propertyValue0, propertyValue1);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Debug"/>: internal detail useful while developing.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    /// <param name="propertyValue2">The value of the template's property number 2 (zero-based, in order of appearance).</param>
    /// <typeparam name="T2">The type of <paramref name="propertyValue2"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Debug<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Debug))
            s_pipeline.RootLogger.Emit(LogEventLevel.Debug, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Debug"/>: internal detail useful while developing.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    /// <param name="propertyValue2">The value of the template's property number 2 (zero-based, in order of appearance).</param>
    /// <typeparam name="T2">The type of <paramref name="propertyValue2"/>.</typeparam>
    /// <param name="propertyValue3">The value of the template's property number 3 (zero-based, in order of appearance).</param>
    /// <typeparam name="T3">The type of <paramref name="propertyValue3"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Debug<T0, T1, T2, T3>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2, T3 propertyValue3)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Debug))
            s_pipeline.RootLogger.Emit(LogEventLevel.Debug, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2, propertyValue3);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Debug"/>: internal detail useful while developing.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValues">The values of the template's properties, in order of appearance.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Debug(string messageTemplate, params object?[]? propertyValues)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Debug))
            s_pipeline.RootLogger.EmitParams(LogEventLevel.Debug, null, messageTemplate, propertyValues);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Debug"/>: internal detail useful while developing.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Debug(Exception? exception, string messageTemplate)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Debug))
            s_pipeline.RootLogger.Emit(LogEventLevel.Debug, exception, messageTemplate);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Debug"/>: internal detail useful while developing.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Debug<T0>(Exception? exception, string messageTemplate, T0 propertyValue0)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Debug))
            s_pipeline.RootLogger.Emit(LogEventLevel.Debug, exception, messageTemplate, propertyValue0);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Debug"/>: internal detail useful while developing.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Debug<T0, T1>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Debug))
            s_pipeline.RootLogger.Emit(LogEventLevel.Debug, exception, messageTemplate, propertyValue0, propertyValue1);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Debug"/>: internal detail useful while developing.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    /// <param name="propertyValue2">The value of the template's property number 2 (zero-based, in order of appearance).</param>
    /// <typeparam name="T2">The type of <paramref name="propertyValue2"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Debug<T0, T1, T2>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Debug))
            s_pipeline.RootLogger.Emit(LogEventLevel.Debug, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Debug"/>: internal detail useful while developing.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    /// <param name="propertyValue2">The value of the template's property number 2 (zero-based, in order of appearance).</param>
    /// <typeparam name="T2">The type of <paramref name="propertyValue2"/>.</typeparam>
    /// <param name="propertyValue3">The value of the template's property number 3 (zero-based, in order of appearance).</param>
    /// <typeparam name="T3">The type of <paramref name="propertyValue3"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Debug<T0, T1, T2, T3>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2, T3 propertyValue3)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Debug))
            s_pipeline.RootLogger.Emit(LogEventLevel.Debug, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2, propertyValue3);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Debug"/>: internal detail useful while developing.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValues">The values of the template's properties, in order of appearance.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Debug(Exception? exception, string messageTemplate, params object?[]? propertyValues)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Debug))
            s_pipeline.RootLogger.EmitParams(LogEventLevel.Debug, exception, messageTemplate, propertyValues);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Information"/>: what the application is doing.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Information(string messageTemplate)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Information))
            s_pipeline.RootLogger.Emit(LogEventLevel.Information, null, messageTemplate);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Information"/>: what the application is doing.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Information<T0>(string messageTemplate, T0 propertyValue0)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Information))
            s_pipeline.RootLogger.Emit(LogEventLevel.Information, null, messageTemplate, propertyValue0);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Information"/>: what the application is doing.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Information<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Information))
            s_pipeline.RootLogger.Emit(LogEventLevel.Information, null, messageTemplate, propertyValue0, propertyValue1);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Information"/>: what the application is doing.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    /// <param name="propertyValue2">The value of the template's property number 2 (zero-based, in order of appearance).</param>
    /// <typeparam name="T2">The type of <paramref name="propertyValue2"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Information<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Information))
            s_pipeline.RootLogger.Emit(LogEventLevel.Information, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Information"/>: what the application is doing.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    /// <param name="propertyValue2">The value of the template's property number 2 (zero-based, in order of appearance).</param>
    /// <typeparam name="T2">The type of <paramref name="propertyValue2"/>.</typeparam>
    /// <param name="propertyValue3">The value of the template's property number 3 (zero-based, in order of appearance).</param>
    /// <typeparam name="T3">The type of <paramref name="propertyValue3"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Information<T0, T1, T2, T3>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2, T3 propertyValue3)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Information))
            s_pipeline.RootLogger.Emit(LogEventLevel.Information, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2, propertyValue3);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Information"/>: what the application is doing.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValues">The values of the template's properties, in order of appearance.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Information(string messageTemplate, params object?[]? propertyValues)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Information))
            s_pipeline.RootLogger.EmitParams(LogEventLevel.Information, null, messageTemplate, propertyValues);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Information"/>: what the application is doing.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Information(Exception? exception, string messageTemplate)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Information))
            s_pipeline.RootLogger.Emit(LogEventLevel.Information, exception, messageTemplate);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Information"/>: what the application is doing.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Information<T0>(Exception? exception, string messageTemplate, T0 propertyValue0)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Information))
            s_pipeline.RootLogger.Emit(LogEventLevel.Information, exception, messageTemplate, propertyValue0);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Information"/>: what the application is doing.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Information<T0, T1>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Information))
            s_pipeline.RootLogger.Emit(LogEventLevel.Information, exception, messageTemplate, propertyValue0, propertyValue1);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Information"/>: what the application is doing.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    /// <param name="propertyValue2">The value of the template's property number 2 (zero-based, in order of appearance).</param>
    /// <typeparam name="T2">The type of <paramref name="propertyValue2"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Information<T0, T1, T2>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Information))
            s_pipeline.RootLogger.Emit(LogEventLevel.Information, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Information"/>: what the application is doing.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    /// <param name="propertyValue2">The value of the template's property number 2 (zero-based, in order of appearance).</param>
    /// <typeparam name="T2">The type of <paramref name="propertyValue2"/>.</typeparam>
    /// <param name="propertyValue3">The value of the template's property number 3 (zero-based, in order of appearance).</param>
    /// <typeparam name="T3">The type of <paramref name="propertyValue3"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Information<T0, T1, T2, T3>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2, T3 propertyValue3)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Information))
            s_pipeline.RootLogger.Emit(LogEventLevel.Information, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2, propertyValue3);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Information"/>: what the application is doing.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValues">The values of the template's properties, in order of appearance.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Information(Exception? exception, string messageTemplate, params object?[]? propertyValues)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Information))
            s_pipeline.RootLogger.EmitParams(LogEventLevel.Information, exception, messageTemplate, propertyValues);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Warning"/>: something unexpected that the application survived.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Warning(string messageTemplate)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Warning))
            s_pipeline.RootLogger.Emit(LogEventLevel.Warning, null, messageTemplate);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Warning"/>: something unexpected that the application survived.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Warning<T0>(string messageTemplate, T0 propertyValue0)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Warning))
            s_pipeline.RootLogger.Emit(LogEventLevel.Warning, null, messageTemplate, propertyValue0);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Warning"/>: something unexpected that the application survived.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Warning<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Warning))
            s_pipeline.RootLogger.Emit(LogEventLevel.Warning, null, messageTemplate, propertyValue0, propertyValue1);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Warning"/>: something unexpected that the application survived.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    /// <param name="propertyValue2">The value of the template's property number 2 (zero-based, in order of appearance).</param>
    /// <typeparam name="T2">The type of <paramref name="propertyValue2"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Warning<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Warning))
            s_pipeline.RootLogger.Emit(LogEventLevel.Warning, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Warning"/>: something unexpected that the application survived.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    /// <param name="propertyValue2">The value of the template's property number 2 (zero-based, in order of appearance).</param>
    /// <typeparam name="T2">The type of <paramref name="propertyValue2"/>.</typeparam>
    /// <param name="propertyValue3">The value of the template's property number 3 (zero-based, in order of appearance).</param>
    /// <typeparam name="T3">The type of <paramref name="propertyValue3"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Warning<T0, T1, T2, T3>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2, T3 propertyValue3)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Warning))
            s_pipeline.RootLogger.Emit(LogEventLevel.Warning, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2, propertyValue3);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Warning"/>: something unexpected that the application survived.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValues">The values of the template's properties, in order of appearance.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Warning(string messageTemplate, params object?[]? propertyValues)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Warning))
            s_pipeline.RootLogger.EmitParams(LogEventLevel.Warning, null, messageTemplate, propertyValues);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Warning"/>: something unexpected that the application survived.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Warning(Exception? exception, string messageTemplate)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Warning))
            s_pipeline.RootLogger.Emit(LogEventLevel.Warning, exception, messageTemplate);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Warning"/>: something unexpected that the application survived.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Warning<T0>(Exception? exception, string messageTemplate, T0 propertyValue0)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Warning))
            s_pipeline.RootLogger.Emit(LogEventLevel.Warning, exception, messageTemplate, propertyValue0);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Warning"/>: something unexpected that the application survived.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Warning<T0, T1>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Warning))
            s_pipeline.RootLogger.Emit(LogEventLevel.Warning, exception, messageTemplate, propertyValue0, propertyValue1);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Warning"/>: something unexpected that the application survived.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    /// <param name="propertyValue2">The value of the template's property number 2 (zero-based, in order of appearance).</param>
    /// <typeparam name="T2">The type of <paramref name="propertyValue2"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Warning<T0, T1, T2>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Warning))
            s_pipeline.RootLogger.Emit(LogEventLevel.Warning, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Warning"/>: something unexpected that the application survived.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    /// <param name="propertyValue2">The value of the template's property number 2 (zero-based, in order of appearance).</param>
    /// <typeparam name="T2">The type of <paramref name="propertyValue2"/>.</typeparam>
    /// <param name="propertyValue3">The value of the template's property number 3 (zero-based, in order of appearance).</param>
    /// <typeparam name="T3">The type of <paramref name="propertyValue3"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Warning<T0, T1, T2, T3>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2, T3 propertyValue3)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Warning))
            s_pipeline.RootLogger.Emit(LogEventLevel.Warning, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2, propertyValue3);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Warning"/>: something unexpected that the application survived.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValues">The values of the template's properties, in order of appearance.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Warning(Exception? exception, string messageTemplate, params object?[]? propertyValues)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Warning))
            s_pipeline.RootLogger.EmitParams(LogEventLevel.Warning, exception, messageTemplate, propertyValues);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Error"/>: a failure of the current operation.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Error(string messageTemplate)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Error))
            s_pipeline.RootLogger.Emit(LogEventLevel.Error, null, messageTemplate);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Error"/>: a failure of the current operation.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Error<T0>(string messageTemplate, T0 propertyValue0)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Error))
            s_pipeline.RootLogger.Emit(LogEventLevel.Error, null, messageTemplate, propertyValue0);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Error"/>: a failure of the current operation.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Error<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Error))
            s_pipeline.RootLogger.Emit(LogEventLevel.Error, null, messageTemplate, propertyValue0, propertyValue1);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Error"/>: a failure of the current operation.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    /// <param name="propertyValue2">The value of the template's property number 2 (zero-based, in order of appearance).</param>
    /// <typeparam name="T2">The type of <paramref name="propertyValue2"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Error<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Error))
            s_pipeline.RootLogger.Emit(LogEventLevel.Error, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Error"/>: a failure of the current operation.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    /// <param name="propertyValue2">The value of the template's property number 2 (zero-based, in order of appearance).</param>
    /// <typeparam name="T2">The type of <paramref name="propertyValue2"/>.</typeparam>
    /// <param name="propertyValue3">The value of the template's property number 3 (zero-based, in order of appearance).</param>
    /// <typeparam name="T3">The type of <paramref name="propertyValue3"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Error<T0, T1, T2, T3>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2, T3 propertyValue3)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Error))
            s_pipeline.RootLogger.Emit(LogEventLevel.Error, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2, propertyValue3);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Error"/>: a failure of the current operation.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValues">The values of the template's properties, in order of appearance.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Error(string messageTemplate, params object?[]? propertyValues)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Error))
            s_pipeline.RootLogger.EmitParams(LogEventLevel.Error, null, messageTemplate, propertyValues);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Error"/>: a failure of the current operation.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Error(Exception? exception, string messageTemplate)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Error))
            s_pipeline.RootLogger.Emit(LogEventLevel.Error, exception, messageTemplate);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Error"/>: a failure of the current operation.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Error<T0>(Exception? exception, string messageTemplate, T0 propertyValue0)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Error))
            s_pipeline.RootLogger.Emit(LogEventLevel.Error, exception, messageTemplate, propertyValue0);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Error"/>: a failure of the current operation.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Error<T0, T1>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Error))
            s_pipeline.RootLogger.Emit(LogEventLevel.Error, exception, messageTemplate, propertyValue0, propertyValue1);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Error"/>: a failure of the current operation.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    /// <param name="propertyValue2">The value of the template's property number 2 (zero-based, in order of appearance).</param>
    /// <typeparam name="T2">The type of <paramref name="propertyValue2"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Error<T0, T1, T2>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Error))
            s_pipeline.RootLogger.Emit(LogEventLevel.Error, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Error"/>: a failure of the current operation.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    /// <param name="propertyValue2">The value of the template's property number 2 (zero-based, in order of appearance).</param>
    /// <typeparam name="T2">The type of <paramref name="propertyValue2"/>.</typeparam>
    /// <param name="propertyValue3">The value of the template's property number 3 (zero-based, in order of appearance).</param>
    /// <typeparam name="T3">The type of <paramref name="propertyValue3"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Error<T0, T1, T2, T3>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2, T3 propertyValue3)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Error))
            s_pipeline.RootLogger.Emit(LogEventLevel.Error, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2, propertyValue3);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Error"/>: a failure of the current operation.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValues">The values of the template's properties, in order of appearance.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Error(Exception? exception, string messageTemplate, params object?[]? propertyValues)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Error))
            s_pipeline.RootLogger.EmitParams(LogEventLevel.Error, exception, messageTemplate, propertyValues);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Fatal"/>: a failure that stops the application.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Fatal(string messageTemplate)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Fatal))
            s_pipeline.RootLogger.Emit(LogEventLevel.Fatal, null, messageTemplate);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Fatal"/>: a failure that stops the application.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Fatal<T0>(string messageTemplate, T0 propertyValue0)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Fatal))
            s_pipeline.RootLogger.Emit(LogEventLevel.Fatal, null, messageTemplate, propertyValue0);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Fatal"/>: a failure that stops the application.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Fatal<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Fatal))
            s_pipeline.RootLogger.Emit(LogEventLevel.Fatal, null, messageTemplate, propertyValue0, propertyValue1);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Fatal"/>: a failure that stops the application.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    /// <param name="propertyValue2">The value of the template's property number 2 (zero-based, in order of appearance).</param>
    /// <typeparam name="T2">The type of <paramref name="propertyValue2"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Fatal<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Fatal))
            s_pipeline.RootLogger.Emit(LogEventLevel.Fatal, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Fatal"/>: a failure that stops the application.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    /// <param name="propertyValue2">The value of the template's property number 2 (zero-based, in order of appearance).</param>
    /// <typeparam name="T2">The type of <paramref name="propertyValue2"/>.</typeparam>
    /// <param name="propertyValue3">The value of the template's property number 3 (zero-based, in order of appearance).</param>
    /// <typeparam name="T3">The type of <paramref name="propertyValue3"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Fatal<T0, T1, T2, T3>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2, T3 propertyValue3)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Fatal))
            s_pipeline.RootLogger.Emit(LogEventLevel.Fatal, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2, propertyValue3);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Fatal"/>: a failure that stops the application.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValues">The values of the template's properties, in order of appearance.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Fatal(string messageTemplate, params object?[]? propertyValues)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Fatal))
            s_pipeline.RootLogger.EmitParams(LogEventLevel.Fatal, null, messageTemplate, propertyValues);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Fatal"/>: a failure that stops the application.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Fatal(Exception? exception, string messageTemplate)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Fatal))
            s_pipeline.RootLogger.Emit(LogEventLevel.Fatal, exception, messageTemplate);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Fatal"/>: a failure that stops the application.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Fatal<T0>(Exception? exception, string messageTemplate, T0 propertyValue0)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Fatal))
            s_pipeline.RootLogger.Emit(LogEventLevel.Fatal, exception, messageTemplate, propertyValue0);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Fatal"/>: a failure that stops the application.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Fatal<T0, T1>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Fatal))
            s_pipeline.RootLogger.Emit(LogEventLevel.Fatal, exception, messageTemplate, propertyValue0, propertyValue1);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Fatal"/>: a failure that stops the application.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    /// <param name="propertyValue2">The value of the template's property number 2 (zero-based, in order of appearance).</param>
    /// <typeparam name="T2">The type of <paramref name="propertyValue2"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Fatal<T0, T1, T2>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Fatal))
            s_pipeline.RootLogger.Emit(LogEventLevel.Fatal, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Fatal"/>: a failure that stops the application.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    /// <param name="propertyValue2">The value of the template's property number 2 (zero-based, in order of appearance).</param>
    /// <typeparam name="T2">The type of <paramref name="propertyValue2"/>.</typeparam>
    /// <param name="propertyValue3">The value of the template's property number 3 (zero-based, in order of appearance).</param>
    /// <typeparam name="T3">The type of <paramref name="propertyValue3"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Fatal<T0, T1, T2, T3>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2, T3 propertyValue3)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Fatal))
            s_pipeline.RootLogger.Emit(LogEventLevel.Fatal, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2, propertyValue3);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Fatal"/>: a failure that stops the application.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValues">The values of the template's properties, in order of appearance.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public static void Fatal(Exception? exception, string messageTemplate, params object?[]? propertyValues)
    {
        if (s_pipeline.IsEnabled(LogEventLevel.Fatal))
            s_pipeline.RootLogger.EmitParams(LogEventLevel.Fatal, exception, messageTemplate, propertyValues);
    }

}
