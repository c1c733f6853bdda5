using Serilog.Debugging;

namespace LogKit.Sinks.File;

/// <summary>The open file: opening it (lifecycle hooks, torn-line repair), cutting a partial write, closing it.</summary>
internal sealed partial class RollingFileWriter
{
    void OpenFile(string path)
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.Append,
            Access = FileAccess.Write,
            // Readers (tail, the logkit tool) may open the file; shared mode lets other writers in.
            Share = FileShare.ReadWrite | FileShare.Delete,
            BufferSize = 0,   // records are already batched; each run is one write call
        };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = LogFolder.FileMode;

        LogFolder.RefuseLink(path);
        var file = new FileStream(path, options);
        try
        {
            _size = file.Length;
            _fileHasRecords = _size > 0;
            // A process killed mid-write can leave a torn last line: end it, so that it stays one bad
            // line instead of swallowing the first new event.
            if (_repairTornLine && _size > 0 && !EndsWithNewLine(path, _size))
            {
                file.Write(s_newLine);
                _size += s_newLine.Length;
            }

            _output = _hooks is null
                ? file
                : _hooks.OnFileOpened(path, file, s_utf8) ?? throw new InvalidOperationException("The file lifecycle hook OnFileOpened(...) returned null.");
            _size = file.Length;   // a hook may have written a header
            _file = file;
            Volatile.Write(ref _path, path);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    static bool EndsWithNewLine(string path, long length)
    {
        using var reader = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1);
        reader.Seek(length - 1, SeekOrigin.Begin);
        return reader.ReadByte() == '\n';
    }

    void TryTruncate(long length)
    {
        try
        {
            if (_file != null && length >= 0 && _file.Length > length)
                _file.SetLength(length);
        }
        catch (Exception ex)
        {
            SelfLog.WriteLine("LogKit file sink {0}: could not cut a partial write from {1}: {2}", _sinkName, _path, ex);
        }
    }

    void CloseFile()
    {
        var output = _output;
        var file = _file;
        _output = null;
        _file = null;
        try
        {
            output?.Dispose();
            if (!ReferenceEquals(output, file))
                file?.Dispose();
        }
        catch (Exception ex)
        {
            _failures.Failed(ex, 0);
        }
    }
}
