using LogKit.Cli.Reading;

namespace LogKit.Cli.Serve;

/// <summary>
/// The files behind the command line's paths, resolved by the engine as <c>logkit query</c> resolves them (a file,
/// a folder, a glob, a log's base name for all its rolled files and archives), and listed again at each refresh
/// so new rolled files and archives appear. These are the only files the server reads.
/// </summary>
internal static class ServedFiles
{
    /// <summary>Checks the arguments once at start: each must name something now; standard input cannot be served.</summary>
    /// <exception cref="ArgumentException">An argument is <c>-</c> or matches nothing.</exception>
    public static void Validate(IReadOnlyList<string> paths)
    {
        foreach (var path in paths)
        {
            if (path == LogFile.StandardInputPath)
                throw new ArgumentException("logkit serve reads files, not standard input ('-'): use logkit query for a pipe.", nameof(paths));
            try
            {
                LogPathResolver.Resolve([path]);
            }
            catch (LogPathException ex)
            {
                throw new ArgumentException(ex.Message, nameof(paths), ex);
            }
        }
    }

    /// <summary>The files now; an argument that matches nothing at the moment (mid-rotation) adds none.</summary>
    public static IReadOnlyList<string> List(IReadOnlyList<string> paths)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            IReadOnlyList<LogSet> logs;
            try
            {
                logs = LogPathResolver.Resolve([path]);
            }
            catch (Exception ex) when (ex is LogPathException or IOException or UnauthorizedAccessException)
            {
                continue;
            }
            foreach (var file in logs.SelectMany(l => l.Files))
            {
                if (!file.IsStandardInput && seen.Add(file.Path))
                    files.Add(file.Path);
            }
        }
        return files;
    }
}
