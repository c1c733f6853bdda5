namespace LogKit.Cli.Serve.Query;

/// <summary>A request parameter that could not be used, and why.</summary>
internal sealed record QueryError(string Parameter, string Message);
