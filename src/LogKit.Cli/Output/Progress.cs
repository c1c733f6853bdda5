using System.Globalization;

namespace LogKit.Cli.Output;

/// <summary>
/// Shows bytes read of the total on standard error while a long scan runs, only when standard error is
/// a terminal (never in redirected output), redrawn on one line and erased at the end.
/// </summary>
internal sealed class Progress : IDisposable
{
    readonly TextWriter _error;
    readonly Func<long> _read;
    readonly long _total;
    readonly ITimer? _timer;
    readonly Lock _lock = new();
    bool _shown;
    bool _disposed;

    public Progress(TextWriter error, bool enabled, Func<long> read, long total, TimeProvider timeProvider)
    {
        _error = error;
        _read = read;
        _total = total;
        // Scans that end within a second never draw anything.
        if (enabled && total > 0)
            _timer = timeProvider.CreateTimer(_ => Draw(), null, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(250));
    }

    void Draw()
    {
        lock (_lock)
        {
            if (_disposed)
                return;   // a tick that raced with the end of the scan
            var read = Math.Min(_read(), _total);
            _error.Write(string.Create(CultureInfo.InvariantCulture, $"\rlogkit: {read / 1048576.0:0.0} of {_total / 1048576.0:0.0} MB read ({100.0 * read / _total:0}%)   "));
            _error.Flush();
            _shown = true;
        }
    }

    public void Dispose()
    {
        _timer?.Dispose();
        lock (_lock)
        {
            _disposed = true;
            if (_shown)
            {
                _error.Write("\r" + new string(' ', 60) + "\r");
                _error.Flush();
                _shown = false;
            }
        }
    }
}
