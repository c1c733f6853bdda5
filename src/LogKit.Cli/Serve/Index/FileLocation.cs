namespace LogKit.Cli.Serve.Index;

/// <summary>Where an indexed file is now. Rotation can rename a file or replace it by its archive; offsets stay valid
/// because an archive holds exactly the bytes of the file it was made from.</summary>
internal sealed record FileLocation(string Path, bool IsArchive)
{
    public static FileLocation For(string path) => new(path, path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase));
}
