// The logging methods of a Logger: every level with 0-4 generic arguments (no boxing, no array,
// nothing evaluated when the level is off) or params, with and without an exception; the same table
// as the static facade's (Log.Levels.cs; LevelOverloadTableTests keeps them in step). Each method checks
// the logger's level (its source context's override) inline and forwards to one Emit overload.
using Serilog.Core;
using Serilog.Events;

namespace LogKit;

public sealed partial class Logger
{

    /// <summary>Writes an event at the given level.</summary>
    /// <param name="level">The level of the event.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Write(LogEventLevel level, string messageTemplate)
    {
        if (IsEnabled(level))
            Emit(level, null, messageTemplate);
    }

    /// <summary>Writes an event at the given level.</summary>
    /// <param name="level">The level of the event.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Write<T0>(LogEventLevel level, string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(level))
            Emit(level, null, messageTemplate, propertyValue0);
    }

    /// <summary>Writes an event at the given level.</summary>
    /// <param name="level">The level of the event.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Write<T0, T1>(LogEventLevel level, string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(level))
            Emit(level, null, messageTemplate, propertyValue0, propertyValue1);
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
    public void Write<T0, T1, T2>(LogEventLevel level, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(level))
            Emit(level, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
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
    public void Write<T0, T1, T2, T3>(LogEventLevel level, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2, T3 propertyValue3)
    {
        if (IsEnabled(level))
            Emit(level, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2, propertyValue3);
    }

    /// <summary>Writes an event at the given level.</summary>
    /// <param name="level">The level of the event.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValues">The values of the template's properties, in order of appearance.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Write(LogEventLevel level, string messageTemplate, params object?[]? propertyValues)
    {
        if (IsEnabled(level))
            EmitParams(level, null, messageTemplate, propertyValues);
    }

    /// <summary>Writes an event at the given level.</summary>
    /// <param name="level">The level of the event.</param>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Write(LogEventLevel level, Exception? exception, string messageTemplate)
    {
        if (IsEnabled(level))
            Emit(level, exception, messageTemplate);
    }

    /// <summary>Writes an event at the given level.</summary>
    /// <param name="level">The level of the event.</param>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Write<T0>(LogEventLevel level, Exception? exception, string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(level))
            Emit(level, exception, messageTemplate, propertyValue0);
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
    public void Write<T0, T1>(LogEventLevel level, Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(level))
            Emit(level, exception, messageTemplate, propertyValue0, propertyValue1);
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
    public void Write<T0, T1, T2>(LogEventLevel level, Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(level))
            Emit(level, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
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
    public void Write<T0, T1, T2, T3>(LogEventLevel level, Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2, T3 propertyValue3)
    {
        if (IsEnabled(level))
            Emit(level, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2, propertyValue3);
    }

    /// <summary>Writes an event at the given level.</summary>
    /// <param name="level">The level of the event.</param>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValues">The values of the template's properties, in order of appearance.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Write(LogEventLevel level, Exception? exception, string messageTemplate, params object?[]? propertyValues)
    {
        if (IsEnabled(level))
            EmitParams(level, exception, messageTemplate, propertyValues);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Verbose"/>: the most detailed tracing, normally off.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Verbose(string messageTemplate)
    {
        if (IsEnabled(LogEventLevel.Verbose))
            Emit(LogEventLevel.Verbose, null, messageTemplate);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Verbose"/>: the most detailed tracing, normally off.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Verbose<T0>(string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LogEventLevel.Verbose))
            Emit(LogEventLevel.Verbose, null, messageTemplate, propertyValue0);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Verbose"/>: the most detailed tracing, normally off.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Verbose<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LogEventLevel.Verbose))
            Emit(LogEventLevel.Verbose, null, messageTemplate, propertyValue0, propertyValue1);
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
    public void Verbose<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LogEventLevel.Verbose))
            Emit(LogEventLevel.Verbose, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
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
    public void Verbose<T0, T1, T2, T3>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2, T3 propertyValue3)
    {
        if (IsEnabled(LogEventLevel.Verbose))
            Emit(LogEventLevel.Verbose, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2, propertyValue3);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Verbose"/>: the most detailed tracing, normally off.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValues">The values of the template's properties, in order of appearance.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Verbose(string messageTemplate, params object?[]? propertyValues)
    {
        if (IsEnabled(LogEventLevel.Verbose))
            EmitParams(LogEventLevel.Verbose, null, messageTemplate, propertyValues);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Verbose"/>: the most detailed tracing, normally off.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Verbose(Exception? exception, string messageTemplate)
    {
        if (IsEnabled(LogEventLevel.Verbose))
            Emit(LogEventLevel.Verbose, exception, messageTemplate);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Verbose"/>: the most detailed tracing, normally off.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Verbose<T0>(Exception? exception, string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LogEventLevel.Verbose))
            Emit(LogEventLevel.Verbose, exception, messageTemplate, propertyValue0);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Verbose"/>: the most detailed tracing, normally off.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Verbose<T0, T1>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LogEventLevel.Verbose))
            Emit(LogEventLevel.Verbose, exception, messageTemplate, propertyValue0, propertyValue1);
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
    public void Verbose<T0, T1, T2>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LogEventLevel.Verbose))
            Emit(LogEventLevel.Verbose, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
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
    public void Verbose<T0, T1, T2, T3>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2, T3 propertyValue3)
    {
        if (IsEnabled(LogEventLevel.Verbose))
            Emit(LogEventLevel.Verbose, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2, propertyValue3);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Verbose"/>: the most detailed tracing, normally off.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValues">The values of the template's properties, in order of appearance.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Verbose(Exception? exception, string messageTemplate, params object?[]? propertyValues)
    {
        if (IsEnabled(LogEventLevel.Verbose))
            EmitParams(LogEventLevel.Verbose, exception, messageTemplate, propertyValues);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Debug"/>: internal detail useful while developing.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Debug(string messageTemplate)
    {
        if (IsEnabled(LogEventLevel.Debug))
            Emit(LogEventLevel.Debug, null, messageTemplate);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Debug"/>: internal detail useful while developing.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Debug<T0>(string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LogEventLevel.Debug))
            Emit(LogEventLevel.Debug, null, messageTemplate, propertyValue0);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Debug"/>: internal detail useful while developing.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Debug<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LogEventLevel.Debug))
            Emit(LogEventLevel.Debug, null, messageTemplate, propertyValue0, propertyValue1);
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
    public void Debug<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LogEventLevel.Debug))
            Emit(LogEventLevel.Debug, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
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
    public void Debug<T0, T1, T2, T3>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2, T3 propertyValue3)
    {
        if (IsEnabled(LogEventLevel.Debug))
            Emit(LogEventLevel.Debug, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2, propertyValue3);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Debug"/>: internal detail useful while developing.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValues">The values of the template's properties, in order of appearance.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Debug(string messageTemplate, params object?[]? propertyValues)
    {
        if (IsEnabled(LogEventLevel.Debug))
            EmitParams(LogEventLevel.Debug, null, messageTemplate, propertyValues);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Debug"/>: internal detail useful while developing.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Debug(Exception? exception, string messageTemplate)
    {
        if (IsEnabled(LogEventLevel.Debug))
            Emit(LogEventLevel.Debug, exception, messageTemplate);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Debug"/>: internal detail useful while developing.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Debug<T0>(Exception? exception, string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LogEventLevel.Debug))
            Emit(LogEventLevel.Debug, exception, messageTemplate, propertyValue0);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Debug"/>: internal detail useful while developing.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Debug<T0, T1>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LogEventLevel.Debug))
            Emit(LogEventLevel.Debug, exception, messageTemplate, propertyValue0, propertyValue1);
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
    public void Debug<T0, T1, T2>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LogEventLevel.Debug))
            Emit(LogEventLevel.Debug, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
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
    public void Debug<T0, T1, T2, T3>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2, T3 propertyValue3)
    {
        if (IsEnabled(LogEventLevel.Debug))
            Emit(LogEventLevel.Debug, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2, propertyValue3);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Debug"/>: internal detail useful while developing.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValues">The values of the template's properties, in order of appearance.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Debug(Exception? exception, string messageTemplate, params object?[]? propertyValues)
    {
        if (IsEnabled(LogEventLevel.Debug))
            EmitParams(LogEventLevel.Debug, exception, messageTemplate, propertyValues);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Information"/>: what the application is doing.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Information(string messageTemplate)
    {
        if (IsEnabled(LogEventLevel.Information))
            Emit(LogEventLevel.Information, null, messageTemplate);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Information"/>: what the application is doing.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Information<T0>(string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LogEventLevel.Information))
            Emit(LogEventLevel.Information, null, messageTemplate, propertyValue0);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Information"/>: what the application is doing.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Information<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LogEventLevel.Information))
            Emit(LogEventLevel.Information, null, messageTemplate, propertyValue0, propertyValue1);
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
    public void Information<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LogEventLevel.Information))
            Emit(LogEventLevel.Information, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
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
    public void Information<T0, T1, T2, T3>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2, T3 propertyValue3)
    {
        if (IsEnabled(LogEventLevel.Information))
            Emit(LogEventLevel.Information, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2, propertyValue3);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Information"/>: what the application is doing.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValues">The values of the template's properties, in order of appearance.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Information(string messageTemplate, params object?[]? propertyValues)
    {
        if (IsEnabled(LogEventLevel.Information))
            EmitParams(LogEventLevel.Information, null, messageTemplate, propertyValues);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Information"/>: what the application is doing.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Information(Exception? exception, string messageTemplate)
    {
        if (IsEnabled(LogEventLevel.Information))
            Emit(LogEventLevel.Information, exception, messageTemplate);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Information"/>: what the application is doing.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Information<T0>(Exception? exception, string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LogEventLevel.Information))
            Emit(LogEventLevel.Information, exception, messageTemplate, propertyValue0);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Information"/>: what the application is doing.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Information<T0, T1>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LogEventLevel.Information))
            Emit(LogEventLevel.Information, exception, messageTemplate, propertyValue0, propertyValue1);
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
    public void Information<T0, T1, T2>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LogEventLevel.Information))
            Emit(LogEventLevel.Information, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
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
    public void Information<T0, T1, T2, T3>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2, T3 propertyValue3)
    {
        if (IsEnabled(LogEventLevel.Information))
            Emit(LogEventLevel.Information, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2, propertyValue3);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Information"/>: what the application is doing.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValues">The values of the template's properties, in order of appearance.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Information(Exception? exception, string messageTemplate, params object?[]? propertyValues)
    {
        if (IsEnabled(LogEventLevel.Information))
            EmitParams(LogEventLevel.Information, exception, messageTemplate, propertyValues);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Warning"/>: something unexpected that the application survived.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Warning(string messageTemplate)
    {
        if (IsEnabled(LogEventLevel.Warning))
            Emit(LogEventLevel.Warning, null, messageTemplate);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Warning"/>: something unexpected that the application survived.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Warning<T0>(string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LogEventLevel.Warning))
            Emit(LogEventLevel.Warning, null, messageTemplate, propertyValue0);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Warning"/>: something unexpected that the application survived.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Warning<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LogEventLevel.Warning))
            Emit(LogEventLevel.Warning, null, messageTemplate, propertyValue0, propertyValue1);
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
    public void Warning<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LogEventLevel.Warning))
            Emit(LogEventLevel.Warning, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
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
    public void Warning<T0, T1, T2, T3>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2, T3 propertyValue3)
    {
        if (IsEnabled(LogEventLevel.Warning))
            Emit(LogEventLevel.Warning, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2, propertyValue3);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Warning"/>: something unexpected that the application survived.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValues">The values of the template's properties, in order of appearance.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Warning(string messageTemplate, params object?[]? propertyValues)
    {
        if (IsEnabled(LogEventLevel.Warning))
            EmitParams(LogEventLevel.Warning, null, messageTemplate, propertyValues);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Warning"/>: something unexpected that the application survived.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Warning(Exception? exception, string messageTemplate)
    {
        if (IsEnabled(LogEventLevel.Warning))
            Emit(LogEventLevel.Warning, exception, messageTemplate);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Warning"/>: something unexpected that the application survived.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Warning<T0>(Exception? exception, string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LogEventLevel.Warning))
            Emit(LogEventLevel.Warning, exception, messageTemplate, propertyValue0);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Warning"/>: something unexpected that the application survived.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Warning<T0, T1>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LogEventLevel.Warning))
            Emit(LogEventLevel.Warning, exception, messageTemplate, propertyValue0, propertyValue1);
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
    public void Warning<T0, T1, T2>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LogEventLevel.Warning))
            Emit(LogEventLevel.Warning, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
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
    public void Warning<T0, T1, T2, T3>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2, T3 propertyValue3)
    {
        if (IsEnabled(LogEventLevel.Warning))
            Emit(LogEventLevel.Warning, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2, propertyValue3);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Warning"/>: something unexpected that the application survived.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValues">The values of the template's properties, in order of appearance.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Warning(Exception? exception, string messageTemplate, params object?[]? propertyValues)
    {
        if (IsEnabled(LogEventLevel.Warning))
            EmitParams(LogEventLevel.Warning, exception, messageTemplate, propertyValues);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Error"/>: a failure of the current operation.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Error(string messageTemplate)
    {
        if (IsEnabled(LogEventLevel.Error))
            Emit(LogEventLevel.Error, null, messageTemplate);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Error"/>: a failure of the current operation.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Error<T0>(string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LogEventLevel.Error))
            Emit(LogEventLevel.Error, null, messageTemplate, propertyValue0);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Error"/>: a failure of the current operation.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Error<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LogEventLevel.Error))
            Emit(LogEventLevel.Error, null, messageTemplate, propertyValue0, propertyValue1);
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
    public void Error<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LogEventLevel.Error))
            Emit(LogEventLevel.Error, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
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
    public void Error<T0, T1, T2, T3>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2, T3 propertyValue3)
    {
        if (IsEnabled(LogEventLevel.Error))
            Emit(LogEventLevel.Error, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2, propertyValue3);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Error"/>: a failure of the current operation.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValues">The values of the template's properties, in order of appearance.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Error(string messageTemplate, params object?[]? propertyValues)
    {
        if (IsEnabled(LogEventLevel.Error))
            EmitParams(LogEventLevel.Error, null, messageTemplate, propertyValues);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Error"/>: a failure of the current operation.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Error(Exception? exception, string messageTemplate)
    {
        if (IsEnabled(LogEventLevel.Error))
            Emit(LogEventLevel.Error, exception, messageTemplate);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Error"/>: a failure of the current operation.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Error<T0>(Exception? exception, string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LogEventLevel.Error))
            Emit(LogEventLevel.Error, exception, messageTemplate, propertyValue0);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Error"/>: a failure of the current operation.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Error<T0, T1>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LogEventLevel.Error))
            Emit(LogEventLevel.Error, exception, messageTemplate, propertyValue0, propertyValue1);
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
    public void Error<T0, T1, T2>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LogEventLevel.Error))
            Emit(LogEventLevel.Error, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
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
    public void Error<T0, T1, T2, T3>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2, T3 propertyValue3)
    {
        if (IsEnabled(LogEventLevel.Error))
            Emit(LogEventLevel.Error, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2, propertyValue3);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Error"/>: a failure of the current operation.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValues">The values of the template's properties, in order of appearance.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Error(Exception? exception, string messageTemplate, params object?[]? propertyValues)
    {
        if (IsEnabled(LogEventLevel.Error))
            EmitParams(LogEventLevel.Error, exception, messageTemplate, propertyValues);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Fatal"/>: a failure that stops the application.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Fatal(string messageTemplate)
    {
        if (IsEnabled(LogEventLevel.Fatal))
            Emit(LogEventLevel.Fatal, null, messageTemplate);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Fatal"/>: a failure that stops the application.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Fatal<T0>(string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LogEventLevel.Fatal))
            Emit(LogEventLevel.Fatal, null, messageTemplate, propertyValue0);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Fatal"/>: a failure that stops the application.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Fatal<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LogEventLevel.Fatal))
            Emit(LogEventLevel.Fatal, null, messageTemplate, propertyValue0, propertyValue1);
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
    public void Fatal<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LogEventLevel.Fatal))
            Emit(LogEventLevel.Fatal, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
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
    public void Fatal<T0, T1, T2, T3>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2, T3 propertyValue3)
    {
        if (IsEnabled(LogEventLevel.Fatal))
            Emit(LogEventLevel.Fatal, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2, propertyValue3);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Fatal"/>: a failure that stops the application.</summary>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValues">The values of the template's properties, in order of appearance.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Fatal(string messageTemplate, params object?[]? propertyValues)
    {
        if (IsEnabled(LogEventLevel.Fatal))
            EmitParams(LogEventLevel.Fatal, null, messageTemplate, propertyValues);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Fatal"/>: a failure that stops the application.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Fatal(Exception? exception, string messageTemplate)
    {
        if (IsEnabled(LogEventLevel.Fatal))
            Emit(LogEventLevel.Fatal, exception, messageTemplate);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Fatal"/>: a failure that stops the application.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Fatal<T0>(Exception? exception, string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LogEventLevel.Fatal))
            Emit(LogEventLevel.Fatal, exception, messageTemplate, propertyValue0);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Fatal"/>: a failure that stops the application.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValue0">The value of the template's property number 0 (zero-based, in order of appearance).</param>
    /// <typeparam name="T0">The type of <paramref name="propertyValue0"/>.</typeparam>
    /// <param name="propertyValue1">The value of the template's property number 1 (zero-based, in order of appearance).</param>
    /// <typeparam name="T1">The type of <paramref name="propertyValue1"/>.</typeparam>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Fatal<T0, T1>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LogEventLevel.Fatal))
            Emit(LogEventLevel.Fatal, exception, messageTemplate, propertyValue0, propertyValue1);
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
    public void Fatal<T0, T1, T2>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LogEventLevel.Fatal))
            Emit(LogEventLevel.Fatal, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
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
    public void Fatal<T0, T1, T2, T3>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2, T3 propertyValue3)
    {
        if (IsEnabled(LogEventLevel.Fatal))
            Emit(LogEventLevel.Fatal, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2, propertyValue3);
    }

    /// <summary>Writes an event at <see cref="LogEventLevel.Fatal"/>: a failure that stops the application.</summary>
    /// <param name="exception">The exception the event is about; may be null.</param>
    /// <param name="messageTemplate">A message template such as <c>"User {UserId} signed in"</c>; each <c>{Name}</c> becomes a property.</param>
    /// <param name="propertyValues">The values of the template's properties, in order of appearance.</param>
    [MessageTemplateFormatMethod("messageTemplate")]
    public void Fatal(Exception? exception, string messageTemplate, params object?[]? propertyValues)
    {
        if (IsEnabled(LogEventLevel.Fatal))
            EmitParams(LogEventLevel.Fatal, exception, messageTemplate, propertyValues);
    }

}
