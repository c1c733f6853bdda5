namespace LogKit.Cli.Output;

/// <summary>How events are written.</summary>
internal enum OutputFormat
{
    /// <summary>Rendered with an output template (colours on a terminal).</summary>
    Text,
    /// <summary>The original CLEF lines, unchanged.</summary>
    Clef,
    /// <summary>One JSON object per event with the rendered message.</summary>
    Json,
}
