using Serilog.Core;
using Serilog.Events;

namespace LogKit.Formatting.Text;

/// <summary>A Serilog sink that writes text, given events escaped by <see cref="ForgingGuard"/>.</summary>
internal sealed class ForgingGuardSink(ILogEventSink inner) : ILogEventSink, IDisposable
{
    public void Emit(LogEvent logEvent) => inner.Emit(ForgingGuard.Escape(logEvent));

    public void Dispose() => (inner as IDisposable)?.Dispose();
}
