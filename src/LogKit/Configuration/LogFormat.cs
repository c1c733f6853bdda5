namespace LogKit;

/// <summary>The format a file sink writes.</summary>
public enum LogFormat
{
    /// <summary>
    /// Compact Log Event Format: one JSON object per line, byte for byte what
    /// <c>Serilog.Formatting.Compact.CompactJsonFormatter</c> writes. The default.
    /// </summary>
    Clef,

    /// <summary>Plain text rendered with an output template.</summary>
    Text,
}
