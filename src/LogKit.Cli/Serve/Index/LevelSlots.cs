namespace LogKit.Cli.Serve.Index;

/// <summary>Serilog's six levels as the index counts them: one slot per level, Verbose (0) to Fatal (5).</summary>
internal static class LevelSlots
{
    public const int Count = 6;

    public static readonly string[] Names = ["Verbose", "Debug", "Information", "Warning", "Error", "Fatal"];
}
