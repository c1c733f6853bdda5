namespace LogKit.Extensions.Logging;

/// <summary>
/// The <c>LogKit</c> configuration section has a mistake: an unknown key, a value that does not parse,
/// or a file path whose folder cannot be created. Thrown once, at start-up, listing every mistake.
/// </summary>
public sealed class LogKitConfigurationException : Exception
{
    /// <summary>Creates the exception for one or more mistakes.</summary>
    /// <param name="errors">Each mistake: the full configuration key, the bad value and what to do.</param>
    internal LogKitConfigurationException(IReadOnlyList<(string Key, string? Value, string Problem)> errors)
        : base("The LogKit configuration is invalid:" + string.Concat(errors.Select(e => $"{Environment.NewLine}  {e.Key}: {e.Problem}")))
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
            throw new ArgumentException("At least one error is needed.", nameof(errors));
        Key = errors[0].Key;
        Value = errors[0].Value;
    }

    /// <summary>Creates the exception with a message.</summary>
    public LogKitConfigurationException()
        : this([("LogKit", null, "invalid")])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public LogKitConfigurationException(string message)
        : base(message) => Key = "LogKit";

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public LogKitConfigurationException(string message, Exception innerException)
        : base(message, innerException) => Key = "LogKit";

    /// <summary>The full key of the first mistake, for example <c>LogKit:Files:0:MaxFileSize</c>.</summary>
    public string Key { get; }

    /// <summary>The value found at <see cref="Key"/>, if it had one.</summary>
    public string? Value { get; }
}
