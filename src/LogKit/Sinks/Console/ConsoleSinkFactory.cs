using LogKit.Formatting.Text;
using Serilog;
using Serilog.Core;

namespace LogKit.Sinks.Console;

/// <summary>
/// Builds Serilog.Sinks.Console from <see cref="ConsoleSinkOptions"/>. Its theming already drops
/// colours for redirected output and honours <c>NO_COLOR</c>; LogKit runs it on a background
/// thread because console writes are slow and serialised.
/// </summary>
internal static class ConsoleSinkFactory
{
    public static ILogEventSink Create(ConsoleSinkOptions options)
    {
        var configuration = new LoggerConfiguration().MinimumLevel.Verbose();
        if (options.Formatter != null)
        {
            configuration.WriteTo.Console(options.Formatter, standardErrorFromLevel: options.StandardErrorFromLevel);
            return configuration.CreateLogger();
        }

        configuration.WriteTo.Console(
            outputTemplate: options.OutputTemplate,
            formatProvider: options.FormatProvider,
            standardErrorFromLevel: options.StandardErrorFromLevel,
            theme: options.Theme,
            applyThemeToRedirectedOutput: options.ApplyThemeToRedirectedOutput);
        // User data is escaped before the theme colours the line: one event is one line, and an ANSI
        // sequence in a value is shown, not obeyed. A custom formatter gets events as they are.
        return new ForgingGuardSink(configuration.CreateLogger());
    }
}
