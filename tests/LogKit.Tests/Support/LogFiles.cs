using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace LogKit.Tests.Support;

/// <summary>Reads what a file sink left in a folder: plain files and .gz archives.</summary>
public static class LogFiles
{
    public static string ReadText(string path)
    {
        using var stream = File.Open(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using Stream content = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(content, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static string[] ReadLines(string path)
        => ReadText(path).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The log files in the folder, in name order: every file but a non-shared sink's
    /// <c>&lt;log&gt;.lock</c>, which only marks the log's one writer.
    /// </summary>
    public static string[] Paths(string folder)
        => Directory.Exists(folder)
            ? Directory.GetFiles(folder).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray()
            : [];

    /// <summary>Every line of every log file in the folder, file by file in name order.</summary>
    public static IEnumerable<string> ReadAllLines(string folder)
        => Paths(folder).SelectMany(ReadLines);

    /// <summary>Log file names in the folder, sorted.</summary>
    public static string[] Names(string folder)
        => Paths(folder).Select(f => Path.GetFileName(f)).ToArray();

    public static JsonElement ParseClef(string line)
    {
        using var document = JsonDocument.Parse(line);
        return document.RootElement.Clone();
    }
}

/// <summary>States the files a folder must hold, in one line (Loguru's check_dir).</summary>
public static class DirectoryAssert
{
    public static void HasFiles(string folder, params string[] expectedNames)
        => LogFiles.Names(folder).Should().Equal(expectedNames.Order(StringComparer.Ordinal));

    /// <summary>The folder holds exactly these files, each with these numbers of lines.</summary>
    public static void HasFilesWithLineCounts(string folder, params (string Name, int Lines)[] expected)
    {
        var actual = LogFiles.Names(folder).Select(n => (n, LogFiles.ReadLines(Path.Combine(folder, n)).Length)).ToArray();
        actual.Should().Equal(expected.OrderBy(e => e.Name, StringComparer.Ordinal).ToArray());
    }
}
