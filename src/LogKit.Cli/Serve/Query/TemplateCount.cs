namespace LogKit.Cli.Serve.Query;

/// <summary>How many matching events a message template has.</summary>
internal sealed record TemplateCount(string Template, long Count);
