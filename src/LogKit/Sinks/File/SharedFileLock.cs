using System.Security.Cryptography;
using System.Text;

namespace LogKit.Sinks.File;

/// <summary>
/// A machine-wide lock for one log path, taken around every batch in shared mode so that processes
/// appending to the same file never interleave within a line and agree on when to roll.
/// </summary>
internal sealed class SharedFileLock : IDisposable
{
    readonly Mutex _mutex;

    public SharedFileLock(string path)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(path))))[..32];
        // Global: processes of other sessions (a service and a console) share the lock too.
        _mutex = new Mutex(initiallyOwned: false, @"Global\LogKit-" + hash);
    }

    /// <summary>Takes the lock; the caller must dispose the result on the same thread.</summary>
    public Releaser Acquire()
    {
        try
        {
            _mutex.WaitOne();
        }
        catch (AbandonedMutexException)
        {
            // A process died holding the lock: it is ours now, and the file is still whole lines
            // (each batch is one write of complete records).
        }
        return new Releaser(_mutex);
    }

    public void Dispose() => _mutex.Dispose();

    public readonly struct Releaser(Mutex mutex) : IDisposable
    {
        public void Dispose() => mutex.ReleaseMutex();
    }
}
