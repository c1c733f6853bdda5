namespace LogKit;

public sealed partial class LogPipeline
{
    /// <inheritdoc cref="LoggerOperationExtensions.BeginOperation"/>
    public LogOperation BeginOperation(string messageTemplate, params object?[]? propertyValues)
        => Logger.BeginOperation(messageTemplate, propertyValues);

    /// <inheritdoc cref="LoggerOperationExtensions.Time(Serilog.ILogger, string, Action)"/>
    public void Time(string name, Action work) => Logger.Time(name, work);

    /// <inheritdoc cref="LoggerOperationExtensions.Time{T}(Serilog.ILogger, string, Func{T})"/>
    public T Time<T>(string name, Func<T> work) => Logger.Time(name, work);

    /// <inheritdoc cref="LoggerOperationExtensions.TimeAsync(Serilog.ILogger, string, Func{Task})"/>
    public Task TimeAsync(string name, Func<Task> work) => Logger.TimeAsync(name, work);

    /// <inheritdoc cref="LoggerOperationExtensions.TimeAsync{T}(Serilog.ILogger, string, Func{Task{T}})"/>
    public Task<T> TimeAsync<T>(string name, Func<Task<T>> work) => Logger.TimeAsync(name, work);
}
