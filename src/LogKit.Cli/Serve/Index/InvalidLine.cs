namespace LogKit.Cli.Serve.Index;

/// <summary>A line that is not an event: reported once, skipped, never fatal.</summary>
internal sealed record InvalidLine(string Path, long LineNumber, bool IsTorn, string Reason);
