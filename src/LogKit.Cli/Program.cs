namespace LogKit.Cli;

/// <summary>The <c>logkit</c> tool's entry point.</summary>
public static class Program
{
    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>0 when events matched, 1 when a query matched nothing, 2 for usage and input errors.</returns>
    public static int Main(string[] args) => 2;
}
