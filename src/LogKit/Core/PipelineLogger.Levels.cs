// The Serilog ILogger surface: every level with 0-3 generic arguments or params, with and without
// an exception. Each method checks the level first and forwards to one generic Emit overload;
// the file is regular on purpose.
using Serilog.Core;
using Serilog.Events;

namespace LogKit.Core;

internal sealed partial class PipelineLogger
{

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Write(LogEventLevel level, string messageTemplate)
    {
        if (IsEnabled(level))
            Emit(level, null, messageTemplate);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Write<T0>(LogEventLevel level, string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(level))
            Emit(level, null, messageTemplate, propertyValue0);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Write<T0, T1>(LogEventLevel level, string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(level))
            Emit(level, null, messageTemplate, propertyValue0, propertyValue1);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Write<T0, T1, T2>(LogEventLevel level, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(level))
            Emit(level, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Write(LogEventLevel level, string messageTemplate, params object?[]? propertyValues)
    {
        if (IsEnabled(level))
            EmitParams(level, null, messageTemplate, propertyValues);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Write(LogEventLevel level, Exception? exception, string messageTemplate)
    {
        if (IsEnabled(level))
            Emit(level, exception, messageTemplate);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Write<T0>(LogEventLevel level, Exception? exception, string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(level))
            Emit(level, exception, messageTemplate, propertyValue0);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Write<T0, T1>(LogEventLevel level, Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(level))
            Emit(level, exception, messageTemplate, propertyValue0, propertyValue1);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Write<T0, T1, T2>(LogEventLevel level, Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(level))
            Emit(level, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Write(LogEventLevel level, Exception? exception, string messageTemplate, params object?[]? propertyValues)
    {
        if (IsEnabled(level))
            EmitParams(level, exception, messageTemplate, propertyValues);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Verbose(string messageTemplate)
    {
        if (IsEnabled(LogEventLevel.Verbose))
            Emit(LogEventLevel.Verbose, null, messageTemplate);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Verbose<T0>(string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LogEventLevel.Verbose))
            Emit(LogEventLevel.Verbose, null, messageTemplate, propertyValue0);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Verbose<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LogEventLevel.Verbose))
            Emit(LogEventLevel.Verbose, null, messageTemplate, propertyValue0, propertyValue1);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Verbose<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LogEventLevel.Verbose))
            Emit(LogEventLevel.Verbose, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Verbose(string messageTemplate, params object?[]? propertyValues)
    {
        if (IsEnabled(LogEventLevel.Verbose))
            EmitParams(LogEventLevel.Verbose, null, messageTemplate, propertyValues);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Verbose(Exception? exception, string messageTemplate)
    {
        if (IsEnabled(LogEventLevel.Verbose))
            Emit(LogEventLevel.Verbose, exception, messageTemplate);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Verbose<T0>(Exception? exception, string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LogEventLevel.Verbose))
            Emit(LogEventLevel.Verbose, exception, messageTemplate, propertyValue0);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Verbose<T0, T1>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LogEventLevel.Verbose))
            Emit(LogEventLevel.Verbose, exception, messageTemplate, propertyValue0, propertyValue1);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Verbose<T0, T1, T2>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LogEventLevel.Verbose))
            Emit(LogEventLevel.Verbose, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Verbose(Exception? exception, string messageTemplate, params object?[]? propertyValues)
    {
        if (IsEnabled(LogEventLevel.Verbose))
            EmitParams(LogEventLevel.Verbose, exception, messageTemplate, propertyValues);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Debug(string messageTemplate)
    {
        if (IsEnabled(LogEventLevel.Debug))
            Emit(LogEventLevel.Debug, null, messageTemplate);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Debug<T0>(string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LogEventLevel.Debug))
            Emit(LogEventLevel.Debug, null, messageTemplate, propertyValue0);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Debug<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LogEventLevel.Debug))
            Emit(LogEventLevel.Debug, null, messageTemplate, propertyValue0, propertyValue1);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Debug<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LogEventLevel.Debug))
            Emit(LogEventLevel.Debug, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Debug(string messageTemplate, params object?[]? propertyValues)
    {
        if (IsEnabled(LogEventLevel.Debug))
            EmitParams(LogEventLevel.Debug, null, messageTemplate, propertyValues);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Debug(Exception? exception, string messageTemplate)
    {
        if (IsEnabled(LogEventLevel.Debug))
            Emit(LogEventLevel.Debug, exception, messageTemplate);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Debug<T0>(Exception? exception, string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LogEventLevel.Debug))
            Emit(LogEventLevel.Debug, exception, messageTemplate, propertyValue0);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Debug<T0, T1>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LogEventLevel.Debug))
            Emit(LogEventLevel.Debug, exception, messageTemplate, propertyValue0, propertyValue1);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Debug<T0, T1, T2>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LogEventLevel.Debug))
            Emit(LogEventLevel.Debug, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Debug(Exception? exception, string messageTemplate, params object?[]? propertyValues)
    {
        if (IsEnabled(LogEventLevel.Debug))
            EmitParams(LogEventLevel.Debug, exception, messageTemplate, propertyValues);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Information(string messageTemplate)
    {
        if (IsEnabled(LogEventLevel.Information))
            Emit(LogEventLevel.Information, null, messageTemplate);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Information<T0>(string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LogEventLevel.Information))
            Emit(LogEventLevel.Information, null, messageTemplate, propertyValue0);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Information<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LogEventLevel.Information))
            Emit(LogEventLevel.Information, null, messageTemplate, propertyValue0, propertyValue1);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Information<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LogEventLevel.Information))
            Emit(LogEventLevel.Information, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Information(string messageTemplate, params object?[]? propertyValues)
    {
        if (IsEnabled(LogEventLevel.Information))
            EmitParams(LogEventLevel.Information, null, messageTemplate, propertyValues);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Information(Exception? exception, string messageTemplate)
    {
        if (IsEnabled(LogEventLevel.Information))
            Emit(LogEventLevel.Information, exception, messageTemplate);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Information<T0>(Exception? exception, string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LogEventLevel.Information))
            Emit(LogEventLevel.Information, exception, messageTemplate, propertyValue0);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Information<T0, T1>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LogEventLevel.Information))
            Emit(LogEventLevel.Information, exception, messageTemplate, propertyValue0, propertyValue1);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Information<T0, T1, T2>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LogEventLevel.Information))
            Emit(LogEventLevel.Information, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Information(Exception? exception, string messageTemplate, params object?[]? propertyValues)
    {
        if (IsEnabled(LogEventLevel.Information))
            EmitParams(LogEventLevel.Information, exception, messageTemplate, propertyValues);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Warning(string messageTemplate)
    {
        if (IsEnabled(LogEventLevel.Warning))
            Emit(LogEventLevel.Warning, null, messageTemplate);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Warning<T0>(string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LogEventLevel.Warning))
            Emit(LogEventLevel.Warning, null, messageTemplate, propertyValue0);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Warning<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LogEventLevel.Warning))
            Emit(LogEventLevel.Warning, null, messageTemplate, propertyValue0, propertyValue1);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Warning<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LogEventLevel.Warning))
            Emit(LogEventLevel.Warning, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Warning(string messageTemplate, params object?[]? propertyValues)
    {
        if (IsEnabled(LogEventLevel.Warning))
            EmitParams(LogEventLevel.Warning, null, messageTemplate, propertyValues);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Warning(Exception? exception, string messageTemplate)
    {
        if (IsEnabled(LogEventLevel.Warning))
            Emit(LogEventLevel.Warning, exception, messageTemplate);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Warning<T0>(Exception? exception, string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LogEventLevel.Warning))
            Emit(LogEventLevel.Warning, exception, messageTemplate, propertyValue0);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Warning<T0, T1>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LogEventLevel.Warning))
            Emit(LogEventLevel.Warning, exception, messageTemplate, propertyValue0, propertyValue1);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Warning<T0, T1, T2>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LogEventLevel.Warning))
            Emit(LogEventLevel.Warning, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Warning(Exception? exception, string messageTemplate, params object?[]? propertyValues)
    {
        if (IsEnabled(LogEventLevel.Warning))
            EmitParams(LogEventLevel.Warning, exception, messageTemplate, propertyValues);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Error(string messageTemplate)
    {
        if (IsEnabled(LogEventLevel.Error))
            Emit(LogEventLevel.Error, null, messageTemplate);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Error<T0>(string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LogEventLevel.Error))
            Emit(LogEventLevel.Error, null, messageTemplate, propertyValue0);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Error<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LogEventLevel.Error))
            Emit(LogEventLevel.Error, null, messageTemplate, propertyValue0, propertyValue1);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Error<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LogEventLevel.Error))
            Emit(LogEventLevel.Error, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Error(string messageTemplate, params object?[]? propertyValues)
    {
        if (IsEnabled(LogEventLevel.Error))
            EmitParams(LogEventLevel.Error, null, messageTemplate, propertyValues);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Error(Exception? exception, string messageTemplate)
    {
        if (IsEnabled(LogEventLevel.Error))
            Emit(LogEventLevel.Error, exception, messageTemplate);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Error<T0>(Exception? exception, string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LogEventLevel.Error))
            Emit(LogEventLevel.Error, exception, messageTemplate, propertyValue0);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Error<T0, T1>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LogEventLevel.Error))
            Emit(LogEventLevel.Error, exception, messageTemplate, propertyValue0, propertyValue1);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Error<T0, T1, T2>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LogEventLevel.Error))
            Emit(LogEventLevel.Error, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Error(Exception? exception, string messageTemplate, params object?[]? propertyValues)
    {
        if (IsEnabled(LogEventLevel.Error))
            EmitParams(LogEventLevel.Error, exception, messageTemplate, propertyValues);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Fatal(string messageTemplate)
    {
        if (IsEnabled(LogEventLevel.Fatal))
            Emit(LogEventLevel.Fatal, null, messageTemplate);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Fatal<T0>(string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LogEventLevel.Fatal))
            Emit(LogEventLevel.Fatal, null, messageTemplate, propertyValue0);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Fatal<T0, T1>(string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LogEventLevel.Fatal))
            Emit(LogEventLevel.Fatal, null, messageTemplate, propertyValue0, propertyValue1);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Fatal<T0, T1, T2>(string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LogEventLevel.Fatal))
            Emit(LogEventLevel.Fatal, null, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Fatal(string messageTemplate, params object?[]? propertyValues)
    {
        if (IsEnabled(LogEventLevel.Fatal))
            EmitParams(LogEventLevel.Fatal, null, messageTemplate, propertyValues);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Fatal(Exception? exception, string messageTemplate)
    {
        if (IsEnabled(LogEventLevel.Fatal))
            Emit(LogEventLevel.Fatal, exception, messageTemplate);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Fatal<T0>(Exception? exception, string messageTemplate, T0 propertyValue0)
    {
        if (IsEnabled(LogEventLevel.Fatal))
            Emit(LogEventLevel.Fatal, exception, messageTemplate, propertyValue0);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Fatal<T0, T1>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1)
    {
        if (IsEnabled(LogEventLevel.Fatal))
            Emit(LogEventLevel.Fatal, exception, messageTemplate, propertyValue0, propertyValue1);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Fatal<T0, T1, T2>(Exception? exception, string messageTemplate, T0 propertyValue0, T1 propertyValue1, T2 propertyValue2)
    {
        if (IsEnabled(LogEventLevel.Fatal))
            Emit(LogEventLevel.Fatal, exception, messageTemplate, propertyValue0, propertyValue1, propertyValue2);
    }

    [MessageTemplateFormatMethod("messageTemplate")]
    public void Fatal(Exception? exception, string messageTemplate, params object?[]? propertyValues)
    {
        if (IsEnabled(LogEventLevel.Fatal))
            EmitParams(LogEventLevel.Fatal, exception, messageTemplate, propertyValues);
    }

}
