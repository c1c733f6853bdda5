using Serilog.Events;
using Serilog.Formatting;
using Serilog.Sinks.SystemConsole.Themes;

namespace LogKit;

/// <summary>Options of the console sink added by <see cref="LogPipeline.AddConsole(Action{ConsoleSinkOptions})"/>.</summary>
public sealed class ConsoleSinkOptions : QueuedSinkOptions
{
    /// <summary>The default output template: time, three-letter level, message, exception.</summary>
    public const string DefaultOutputTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}";

    /// <summary>
    /// A Serilog output template, for example <c>"{Timestamp:HH:mm:ss.fff} {Level:u3} {SourceContext} {Message:lj}{NewLine}{Exception}"</c>.
    /// Default <see cref="DefaultOutputTemplate"/>. Timestamps are local time. Ignored when <see cref="Formatter"/> is set.
    /// </summary>
    public string OutputTemplate { get; set; } = DefaultOutputTemplate;

    /// <summary>
    /// The colour theme, for example <c>AnsiConsoleTheme.Code</c>. Default null: Serilog.Sinks.Console's
    /// literate theme. No theme is applied when output is redirected (unless
    /// <see cref="ApplyThemeToRedirectedOutput"/>) or when the <c>NO_COLOR</c> environment variable is set.
    /// </summary>
    public ConsoleTheme? Theme { get; set; }

    /// <summary>Colour output even when it is redirected to a file or pipe. Default false. <c>NO_COLOR</c> still wins.</summary>
    public bool ApplyThemeToRedirectedOutput { get; set; }

    /// <summary>
    /// Events at or above this level go to standard error instead of standard output. Default null:
    /// everything goes to standard output.
    /// </summary>
    public LogEventLevel? StandardErrorFromLevel { get; set; }

    /// <summary>Culture-specific formatting of values in messages. Default null: the current culture.</summary>
    public IFormatProvider? FormatProvider { get; set; }

    /// <summary>
    /// A formatter that replaces the output template, for example <c>new CompactJsonFormatter()</c> for
    /// JSON lines. Default null. Formatters are not coloured.
    /// </summary>
    public ITextFormatter? Formatter { get; set; }

    internal void Validate()
    {
        ValidateQueue();
        if (Formatter is null && string.IsNullOrEmpty(OutputTemplate))
            throw new ArgumentException($"OutputTemplate is empty; leave the default (\"{DefaultOutputTemplate}\") or set one.", nameof(OutputTemplate));
        if (StandardErrorFromLevel is { } level && !Enum.IsDefined(level))
            throw new ArgumentException($"StandardErrorFromLevel {level} is not a LogEventLevel.", nameof(StandardErrorFromLevel));
    }
}
