namespace LogKit.Cli.Serve;

/// <summary>What <c>logkit serve</c> was asked to do.</summary>
internal sealed class ServeOptions
{
    public const int DefaultPort = 5380;
    public const string DefaultHost = "127.0.0.1";

    /// <summary>The paths given on the command line: the only files the server reads.</summary>
    public required IReadOnlyList<string> Paths { get; init; }

    /// <summary>The port; 0 picks a free one (tests).</summary>
    public int Port { get; init; } = DefaultPort;

    public string Host { get; init; } = DefaultHost;

    /// <summary>The token every request must present; null for none (loopback only).</summary>
    public string? Token { get; init; }

    /// <summary>How often the files are looked at again for new lines and files, at most.</summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often the live tail checks for new events.</summary>
    public TimeSpan TailPollInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeProvider Time { get; init; } = TimeProvider.System;
}
