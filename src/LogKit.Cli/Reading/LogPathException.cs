namespace LogKit.Cli.Reading;

/// <summary>A path argument that names no file, folder, glob match or log: a usage error.</summary>
public sealed class LogPathException : Exception
{
    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    /// <param name="path">The path as given.</param>
    /// <param name="message">What is wrong with it.</param>
    public LogPathException(string path, string message) : base($"{path}: {message}") => PathArgument = path;

    /// <summary>The path as given.</summary>
    public string PathArgument { get; }
}
