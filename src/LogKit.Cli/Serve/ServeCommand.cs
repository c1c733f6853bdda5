using System.CommandLine;
using System.Diagnostics;
using LogKit.Cli.Commands;

namespace LogKit.Cli.Serve;

/// <summary><c>logkit serve &lt;path&gt;... [--port 5380] [--host 127.0.0.1] [--open] [--token [TOKEN]]</c>.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("path")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Log files, folders, globs or a log's base name (logs/app.log means all its rolled files and archives). The only files served.",
        };
        var port = new Option<int>("--port") { DefaultValueFactory = _ => ServeOptions.DefaultPort, Description = "The port to listen on." };
        var host = new Option<string>("--host")
        {
            DefaultValueFactory = _ => ServeOptions.DefaultHost,
            Description = "The address to listen on. Anything but loopback is reachable from other machines: it prints a warning and requires a token.",
        };
        var open = new Option<bool>("--open") { Description = "Open the page in the default browser." };
        var token = new Option<string?>("--token")
        {
            Arity = ArgumentArity.ZeroOrOne,
            Description = "Require this token on every request (a random one when no value is given; always on with a non-loopback --host).",
        };

        var command = new Command("serve", "View log files in a browser: search, histogram, templates and a live tail, served on this machine.")
        {
            paths, port, host, open, token,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var tokenGiven = result.GetResult(token) != null;
            var tokenValue = result.GetValue(token);
            if (tokenGiven && string.IsNullOrEmpty(tokenValue))
                tokenValue = ServeServer.NewToken();
            var options = new ServeOptions
            {
                Paths = result.GetValue(paths) ?? [],
                Port = result.GetValue(port),
                Host = result.GetValue(host) ?? ServeOptions.DefaultHost,
                Token = tokenValue,
                Time = context.TimeProvider,
            };
            using var output = new StreamWriter(context.Out, leaveOpen: true) { AutoFlush = true };
            return await RunAsync(options, result.GetValue(open), output, context.Error, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    static async Task<int> RunAsync(ServeOptions options, bool open, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ServeServer server;
        try
        {
            server = ServeServer.Create(options, error);
        }
        catch (ArgumentException ex)
        {
            await error.WriteLineAsync("logkit serve: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.Error;
        }

        await using (server)
        {
            try
            {
                await server.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                await error.WriteLineAsync($"logkit serve: cannot listen on {options.Host}:{options.Port}: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.Error;
            }

            var address = server.Token is null ? server.Address.ToString() : $"{server.Address}?token={server.Token}";
            if (!ServeServer.IsLoopback(options.Host))
                await error.WriteLineAsync($"logkit serve: WARNING: listening on {options.Host}, reachable from other machines. Every request needs the token printed below; anyone who has it can read these logs.").ConfigureAwait(false);
            await output.WriteLineAsync($"logkit serve: {address}  (Ctrl+C to stop)").ConfigureAwait(false);
            if (server.Token != null)
                await output.WriteLineAsync($"logkit serve: token {server.Token} (or send Authorization: Bearer {server.Token})").ConfigureAwait(false);

            if (open)
                OpenBrowser(address, error);
            try
            {
                await server.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }
        return ExitCodes.Matched;
    }

    static void OpenBrowser(string address, TextWriter error)
    {
        try
        {
            Process.Start(new ProcessStartInfo(address) { UseShellExecute = true })?.Dispose();
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            error.WriteLine($"logkit serve: could not open a browser ({ex.Message}); open {address} yourself.");
        }
    }
}
