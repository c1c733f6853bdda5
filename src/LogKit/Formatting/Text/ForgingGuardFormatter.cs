using Serilog.Events;
using Serilog.Formatting;

namespace LogKit.Formatting.Text;

/// <summary>A text formatter that formats events escaped by <see cref="ForgingGuard"/>.</summary>
internal sealed class ForgingGuardFormatter(ITextFormatter inner) : ITextFormatter
{
    public void Format(LogEvent logEvent, TextWriter output) => inner.Format(ForgingGuard.Escape(logEvent), output);
}
