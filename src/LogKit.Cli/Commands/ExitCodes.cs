namespace LogKit.Cli.Commands;

/// <summary>The tool's exit codes, as grep's.</summary>
internal static class ExitCodes
{
    /// <summary>Events matched (or were listed).</summary>
    public const int Matched = 0;

    /// <summary>Nothing matched.</summary>
    public const int NoMatch = 1;

    /// <summary>A usage error or an input that names nothing readable.</summary>
    public const int Error = 2;
}
