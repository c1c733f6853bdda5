using LogKit.Diagnostics;

namespace LogKit;

public sealed partial class LogPipeline
{
    readonly Lock _replaceLock = new();

    /// <summary>
    /// Replaces every sink of the pipeline at once, for example when configuration is applied or reloaded.
    /// The sinks <paramref name="addSinks"/> adds (with <see cref="AddConsole(ConsoleSinkOptions)"/>,
    /// <see cref="AddFile(string, FileSinkOptions)"/>, <see cref="AddSink(Serilog.Core.ILogEventSink, Action{SinkOptions})"/>...)
    /// are all built first while the current sinks keep receiving events; then events switch to the new
    /// set in one step, and the old sinks are closed after writing everything they accepted.
    /// </summary>
    /// <param name="addSinks">Adds the new sinks to the pipeline it is given (this pipeline).</param>
    /// <returns>The new sinks, in the order they were added.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="addSinks"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Called from inside another replacement's <paramref name="addSinks"/>.</exception>
    /// <remarks>
    /// All or nothing: if <paramref name="addSinks"/> throws (a bad option, a file another pipeline
    /// writes), the sinks it had built are closed, the pipeline keeps its current sinks, and the exception
    /// propagates. One exception: a file that a current sink of this pipeline writes is handed over, since a
    /// file has one writer; its old sink is closed (after writing everything) just before the new one opens.
    /// </remarks>
    public IReadOnlyList<LogSinkHandle> ReplaceSinks(Action<LogPipeline> addSinks)
    {
        ArgumentNullException.ThrowIfNull(addSinks);
        lock (_replaceLock)
        {
            var staged = _sinks.BeginReplacement();
            try
            {
                addSinks(this);
            }
            catch
            {
                foreach (var handle in staged)
                {
                    handle.Sink.Close();
                    LogKitInstruments.SinkRetired(handle.Sink.Metrics);   // metrics: never attached
                }
                throw;
            }
            finally
            {
                _sinks.EndReplacement();
            }
            return _sinks.CommitReplacement(staged);
        }
    }

    /// <summary>
    /// During <see cref="ReplaceSinks"/>, closes the current sink of this pipeline that writes
    /// <paramref name="fullPath"/>, so that the new sink can open it (a file has one writer).
    /// </summary>
    void HandOverFileBeingReplaced(string fullPath)
        => _sinks.FindCurrentWhileReplacing(h => h.Sink is Sinks.File.FileSink file && PathsEqual(file.Path, fullPath))?.Dispose();

    // By real path, as the file sink claims files: the same file through a symlink is handed over too.
    static bool PathsEqual(string a, string b)
        => LogKit.Sinks.File.RealPath.Comparer.Equals(LogKit.Sinks.File.RealPath.Of(a), LogKit.Sinks.File.RealPath.Of(b));
}
