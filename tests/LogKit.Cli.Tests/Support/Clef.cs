using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace LogKit.Cli.Tests.Support;

/// <summary>Writes CLEF lines and files as LogKit's file sink does (reserved fields first, UTC <c>@t</c>, no <c>@l</c> for Information).</summary>
public static class Clef
{
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Event number <paramref name="n"/>: at Start + n seconds, message "Event {Number}", Error every 10th.</summary>
    public static string Event(int n, string? level = null, string? extra = null)
    {
        level ??= n % 10 == 9 ? "Error" : null;
        var t = Start.AddSeconds(n).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);
        var l = level is null or "Information" ? "" : $",\"@l\":\"{level}\"";
        return $"{{\"@t\":\"{t}\",\"@mt\":\"Event {{Number}}\"{l},\"Number\":{n}{extra}}}";
    }

    public static string Events(IEnumerable<int> numbers) => string.Concat(numbers.Select(n => Event(n) + "\n"));

    /// <summary>Writes events to a file (gzipped when the name ends with .gz); returns its path.</summary>
    public static string WriteFile(string path, IEnumerable<int> numbers) => WriteText(path, Events(numbers));

    public static string WriteText(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var bytes = Encoding.UTF8.GetBytes(text);
        if (path.EndsWith(".gz", StringComparison.Ordinal))
        {
            using var file = File.Create(path);
            using var gzip = new GZipStream(file, CompressionLevel.Fastest);
            gzip.Write(bytes);
        }
        else
        {
            File.WriteAllBytes(path, bytes);
        }
        return path;
    }

    /// <summary>The event numbers in CLEF output, in order.</summary>
    public static List<int> Numbers(string clefOutput)
        => clefOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("Number").GetInt32())
            .ToList();
}
