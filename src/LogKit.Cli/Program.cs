namespace LogKit.Cli;

/// <summary>The <c>logkit</c> tool's entry point.</summary>
internal static class Program
{
    /// <summary>Runs the tool.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>0 when events matched, 1 when nothing matched, 2 for usage and input errors.</returns>
    public static async Task<int> Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, c =>
        {
            c.Cancel = true;
            cancel.Cancel();
        });
        return await LogKitCli.RunAsync(args, Commands.CliContext.ForConsole(), cancel.Token).ConfigureAwait(false);
    }
}
