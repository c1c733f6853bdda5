using System.CommandLine;
using LogKit.Cli.Commands;
using LogKit.Cli.Reading;

namespace LogKit.Cli;

/// <summary>Builds the <c>logkit</c> command line and runs it: exit codes 0 (matched), 1 (no match), 2 (usage or input error).</summary>
internal static class LogKitCli
{
    public static RootCommand Create(CliContext context)
    {
        var root = new RootCommand("logkit: query, follow and summarise LogKit's CLEF log files (rolled files and .gz archives read in order).")
        {
            QueryCommand.Create(context),
            TailCommand.Create(context),
            StatsCommand.Create(context),
            Serve.ServeCommand.Create(context),
        };
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        var root = Create(context);
        // No response files: filters start with '@' ("@l = 'Error'").
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        using var help = new StreamWriter(context.Out, leaveOpen: true) { AutoFlush = true };
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
                context.Error.WriteLine("logkit: " + error.Message);
            context.Error.WriteLine("logkit: see 'logkit --help'");
            return ExitCodes.Error;
        }
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = help, Error = context.Error, EnableDefaultExceptionHandler = false }, cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException ex)
        {
            context.Error.WriteLine("logkit: " + ex.Message);
            return ExitCodes.Error;
        }
        catch (LogPathException ex)
        {
            context.Error.WriteLine("logkit: " + ex.Message);
            return ExitCodes.Error;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitCodes.Matched;
        }
        catch (IOException ex) when (ex.HResult == 32 || ex.Message.Contains("pipe", StringComparison.OrdinalIgnoreCase))
        {
            // The reader of our output went away (head, less): stop quietly, as grep does.
            return ExitCodes.Matched;
        }
    }
}
