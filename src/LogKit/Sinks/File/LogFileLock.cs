using System.Runtime.InteropServices;
using System.Text;
using Serilog.Debugging;

namespace LogKit.Sinks.File;

/// <summary>
/// The claim of one process to be a log's only writer: an exclusive lock on <c>&lt;log&gt;.lock</c>
/// beside the log, held while the sink is open (an advisory <c>flock</c> on Unix, a share mode on
/// Windows). The operating system releases it when the process ends, however it ends, so a
/// crashed writer never blocks the next start. The file holds the owner's process id, for the
/// message the next writer gets.
/// </summary>
internal sealed class LogFileLock : IDisposable
{
    public const string Extension = ".lock";

    readonly FileStream _stream;

    LogFileLock(FileStream stream) => _stream = stream;

    /// <summary>
    /// Takes the lock for <paramref name="logPath"/>, or explains who holds it. Returns null when the
    /// lock file cannot be created yet (the folder cannot be made, no permission): the sink then
    /// tries again each time it opens a file, as it does with the log itself.
    /// </summary>
    /// <exception cref="InvalidOperationException">Another process (or sink) holds the lock.</exception>
    public static LogFileLock? TryAcquire(string logPath)
    {
        var lockPath = logPath + Extension;
        FileStream stream;
        try
        {
            LogFolder.Create(Path.GetDirectoryName(lockPath)!);
            // Windows: others may read the owner's id. Unix: FileShare.None is what takes the flock.
            var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = OperatingSystem.IsWindows() ? FileShare.Read : FileShare.None, BufferSize = 1 };
            if (!OperatingSystem.IsWindows())
                options.UnixCreateMode = LogFolder.FileMode;
            stream = new FileStream(lockPath, options);
        }
        catch (IOException ex) when (System.IO.File.Exists(lockPath))
        {
            var owner = ReadOwner(lockPath);
            throw new InvalidOperationException(
                $"'{logPath}' is already written by another process{(owner is null ? "" : " (process id " + owner + ")")}, which holds '{lockPath}'. " +
                "A log file has one writer: stop the other process, give each process its own file, or set Shared = true in every process that writes it.", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Not another owner: the lock file cannot be made here (yet). Say so, since until it can
            // nothing keeps a second process out of this log.
            SelfLog.WriteLine("LogKit: the lock file '{0}' cannot be created, so '{1}' is not protected from a second writer yet: {2}", lockPath, logPath, ex.Message);
            return null;
        }

        try
        {
            var id = Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            stream.SetLength(0);
            stream.Write(id);
            stream.Flush();
        }
        catch (IOException)
        {
            // The id is only for the message; the lock is what counts.
        }
        return new LogFileLock(stream);
    }

    /// <summary>
    /// Leaves the lock file in place: deleting it would let a writer that opened it a moment before
    /// lock the deleted file while a third creates and locks a new one.
    /// </summary>
    public void Dispose() => _stream.Dispose();

    static string? ReadOwner(string lockPath)
    {
        try
        {
            if (OperatingSystem.IsWindows())
            {
                using var reader = new FileStream(lockPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                return Parse(reader);
            }
            // .NET's own open would ask for a shared flock and fail; read the id without one.
            return ReadWithoutLock(lockPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    static string? Parse(Stream stream)
    {
        var buffer = new byte[32];
        var read = stream.Read(buffer);
        return Parse(buffer, read);
    }

    static string? Parse(byte[] buffer, int read)
    {
        var text = Encoding.ASCII.GetString(buffer, 0, Math.Max(0, read)).Trim();
        return text.Length > 0 && text.All(char.IsAsciiDigit) ? text : null;
    }

    static string? ReadWithoutLock(string path)
    {
        var fd = Open(path, 0 /* O_RDONLY */);
        if (fd < 0)
            return null;
        try
        {
            var buffer = new byte[32];
            var read = Read(fd, buffer, buffer.Length);
            return Parse(buffer, (int)read);
        }
        finally
        {
            _ = Close(fd);
        }
    }

    // DllImport rather than LibraryImport: the latter needs unsafe code, which LogKit does not allow.
    [DllImport("libc", EntryPoint = "open")]
    static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "read")]
    static extern nint Read(int fd, byte[] buffer, nint count);

    [DllImport("libc", EntryPoint = "close")]
    static extern int Close(int fd);
}
