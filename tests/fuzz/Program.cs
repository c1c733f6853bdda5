using System.Text;
using System.Text.Json;
using LogKit;
using LogKit.Extensions.Logging;
using Microsoft.Extensions.Configuration;
using SharpFuzz;

// One target per run: afl-fuzz feeds each input on standard input (or a file) to the chosen parser.
// An exception that the parser documents is a refusal, not a crash; anything else escapes, and AFL
// saves the input under findings/default/crashes.
var target = args.Length > 0 ? args[0] : "";
Action<string> parse = target switch
{
    "filesize" => FileSizeTarget,
    "duration" => DurationTarget,
    "clef" => ClefTarget,
    "config" => ConfigurationTarget,
    _ => throw new ArgumentException("usage: LogKit.Fuzz filesize|duration|clef|config"),
};

Fuzzer.OutOfProcess.Run(stream =>
{
    using var reader = new StreamReader(stream, Encoding.UTF8);
    parse(reader.ReadToEnd());
});

static void FileSizeTarget(string text)
{
    if (FileSize.TryParse(text, out var size) && FileSize.Parse(size.ToString()) != size)
        throw new InvalidOperationException("FileSize.ToString does not read back");
    try { FileSize.Parse(text); } catch (FormatException) { }
}

static void DurationTarget(string text)
{
    if (Duration.TryParse(text, out var duration) && duration < TimeSpan.Zero)
        throw new InvalidOperationException("negative duration");
    try { Duration.Parse(text); } catch (FormatException) { }
}

static void ClefTarget(string text)
{
    foreach (var line in text.Split('\n'))
    {
        try { ClefFile.Parse(line); }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidDataException or ArgumentException or InvalidOperationException) { }
    }
}

static void ConfigurationTarget(string text)
{
    IConfiguration section;
    try
    {
        section = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(text))).Build().GetSection("LogKit");
    }
    catch (Exception ex) when (ex is FormatException or InvalidDataException or JsonException)
    {
        return;   // not JSON: the configuration library's refusal, not LogKit's
    }
    // Files are only checked, never opened: a path in the input must not make the fuzzer write anywhere.
    if (section.GetSection("Files").Exists())
        return;
    using var pipeline = new LogPipeline(new LogPipelineOptions { FlushOnProcessExit = false });
    try
    {
        using var configured = pipeline.Configure(section);
    }
    catch (LogKitConfigurationException)
    {
    }
}
