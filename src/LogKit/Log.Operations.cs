namespace LogKit;

public static partial class Log
{
    /// <inheritdoc cref="LoggerOperationExtensions.BeginOperation"/>
    public static LogOperation BeginOperation(string messageTemplate, params object?[]? propertyValues)
        => Pipeline.Logger.BeginOperation(messageTemplate, propertyValues);

    /// <inheritdoc cref="LoggerOperationExtensions.Time(Serilog.ILogger, string, Action)"/>
    public static void Time(string name, Action work) => Pipeline.Logger.Time(name, work);

    /// <inheritdoc cref="LoggerOperationExtensions.Time{T}(Serilog.ILogger, string, Func{T})"/>
    public static T Time<T>(string name, Func<T> work) => Pipeline.Logger.Time(name, work);

    /// <inheritdoc cref="LoggerOperationExtensions.TimeAsync(Serilog.ILogger, string, Func{Task})"/>
    public static Task TimeAsync(string name, Func<Task> work) => Pipeline.Logger.TimeAsync(name, work);

    /// <inheritdoc cref="LoggerOperationExtensions.TimeAsync{T}(Serilog.ILogger, string, Func{Task{T}})"/>
    public static Task<T> TimeAsync<T>(string name, Func<Task<T>> work) => Pipeline.Logger.TimeAsync(name, work);
}
