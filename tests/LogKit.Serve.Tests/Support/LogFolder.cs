using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Serilog.Events;

namespace LogKit.Serve.Tests.Support;

/// <summary>
/// Writes a rolled log folder with known content: two gzipped archives and the active plain file (roll-forward
/// names), one event every 3 s for an hour; a torn line inside the second archive, a garbage line in the active
/// file, and a file in a subfolder that is not served. <see cref="Events"/> is the oracle the tests compare answers with.
/// </summary>
public sealed class LogFolder
{
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    public const string ShippedTemplate = "Order {OrderId} shipped to {User}";
    public const string LoginTemplate = "User {User} logged in from {Ip}";
    public const string NoteTemplate = "Note {Text}";

    LogFolder(string path, IReadOnlyList<SampleEvent> events)
    {
        Path = path;
        Events = events;
    }

    public string Path { get; }

    /// <summary>Every event written, oldest first.</summary>
    public IReadOnlyList<SampleEvent> Events { get; }

    /// <summary>Events, newest first, the order the API answers in.</summary>
    public IEnumerable<SampleEvent> NewestFirst => Events.OrderByDescending(e => e.Timestamp).ThenByDescending(e => e.Number);

    public static LogFolder Write(string path, int count = 1200, IReadOnlyList<string>? notes = null)
    {
        Directory.CreateDirectory(path);
        var events = new List<SampleEvent>();
        for (var i = 0; i < count; i++)
            events.Add(Make(i, Start.AddSeconds(3 * i)));
        // Notes (injection attempts, for the browser) at the end, one second apart after the last event.
        var n = count;
        foreach (var text in notes ?? [])
        {
            events.Add(Note(n, Start.AddSeconds(3 * count + (n - count)), text));
            n++;
        }

        var third = count / 3;
        WriteGzip(System.IO.Path.Combine(path, "app20261120.log.gz"), events.Take(third).Select(e => e.Line));
        var second = events.Skip(third).Take(third).Select(e => e.Line).ToList();
        // A process killed mid-write, then restarted: a torn line followed by more events.
        second.Insert(second.Count / 2, "{\"@t\":\"2026-11-20T10:30:00.0000000Z\",\"@mt\":\"cut sho");
        WriteGzip(System.IO.Path.Combine(path, "app20261120_001.log.gz"), second);
        var active = events.Skip(2 * third).Select(e => e.Line).ToList();
        active.Insert(active.Count / 3, "this line is not JSON at all");
        File.WriteAllText(System.IO.Path.Combine(path, "app20261120_002.log"), string.Join("\n", active) + "\n");
        // Beside the served files but not one of them: no request may reach it.
        Directory.CreateDirectory(System.IO.Path.Combine(path, "private"));
        File.WriteAllText(System.IO.Path.Combine(path, "private", "secret.log"), "root:x:0:0 not served\n");
        return new LogFolder(path, events);
    }

    public static SampleEvent Make(int i, DateTimeOffset timestamp)
    {
        var level = i % 50 == 0 ? LogEventLevel.Error : i % 10 == 0 ? LogEventLevel.Warning : i % 7 == 0 ? LogEventLevel.Debug : LogEventLevel.Information;
        var user = "u" + (i % 7).ToString(CultureInfo.InvariantCulture);
        var shipped = i % 3 == 0;
        var template = shipped ? ShippedTemplate : LoginTemplate;
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("@t", timestamp.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
            w.WriteString("@mt", template);
            if (level != LogEventLevel.Information)
                w.WriteString("@l", level.ToString());
            if (level == LogEventLevel.Error)
                w.WriteString("@x", "System.TimeoutException: The operation timed out.\n   at Shop.Checkout()");
            if (shipped)
                w.WriteNumber("OrderId", i);
            w.WriteString("User", user);
            if (!shipped)
                w.WriteString("Ip", "10.0.0." + (i % 250).ToString(CultureInfo.InvariantCulture));
            w.WriteNumber("N", i);
            w.WriteEndObject();
        }
        var message = shipped ? $"Order {i} shipped to \"{user}\"" : $"User \"{user}\" logged in from \"10.0.0.{i % 250}\"";
        return new SampleEvent(i, timestamp, level, template, user, message, Encoding.UTF8.GetString(buffer.ToArray()));
    }

    static SampleEvent Note(int i, DateTimeOffset timestamp, string text)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("@t", timestamp.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
            w.WriteString("@mt", NoteTemplate);
            w.WriteString("Text", text);
            w.WriteString("User", "note");
            w.WriteNumber("N", i);
            w.WriteEndObject();
        }
        return new SampleEvent(i, timestamp, LogEventLevel.Information, NoteTemplate, "note", $"Note \"{text.Replace("\"", "\\\"", StringComparison.Ordinal)}\"", Encoding.UTF8.GetString(buffer.ToArray()));
    }

    static void WriteGzip(string path, IEnumerable<string> lines)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false));
        foreach (var line in lines)
        {
            writer.Write(line);
            writer.Write('\n');
        }
    }
}
