using System.CommandLine;
using LogKit.Cli.Serve;

var root = new RootCommand("logkit: read, query and view LogKit's CLEF log files.")
{
    ServeCommand.Create(),
};
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
