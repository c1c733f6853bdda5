namespace LogKit.Cli.Commands;

/// <summary>A mistake in the command line found after parsing (a bad filter, time or template): exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
