using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using LogKit.Reliability.Tests.Support;
using Serilog.Events;

namespace LogKit.Reliability.Tests.Properties;

/// <summary>
/// Random events through a real file sink: every line is one valid CLEF event, byte for byte what
/// Serilog's CompactJsonFormatter writes for the same event (DateOnly aside, see
/// <see cref="IntendedDifferences"/>), and <see cref="ClefFile"/> reads back the same values.
/// </summary>
public class ClefFilePropertyTests
{
    public sealed record Entry(string Template, object?[] Args, LogEventLevel Level, string? ExceptionMessage)
    {
        public override string ToString()
            => $"{Level} \"{Generators.Escape(Template)}\" args [{string.Join(", ", Args.Select(Generators.Show))}]" + (ExceptionMessage is null ? "" : $" exception \"{Generators.Escape(ExceptionMessage)}\"");
    }

    static readonly Gen<Entry> Entries =
        from template in Generators.Template
        from args in Generators.Value.Array[0, 4]
        from level in Gen.Enum<LogEventLevel>()
        from exception in Gen.Frequency((4, Gen.Bool.Select(_ => (string?)null)), (1, Generators.Text.Select(t => (string?)t)))
        select new Entry(template, args, level, exception);

    static readonly Gen<(Entry[] Entries, CultureInfo Culture)> Batches =
        Gen.Select(Entries.Array[1, 40], Gen.OneOf(PropertyRuns.Cultures.Select(Gen.Const).ToArray()));

    [Fact]
    public void EveryLineIsTheOracleEventAndReadsBackWithTheSameValues()
    {
        Batches.Sample(batch =>
        {
            using var folder = TempFolder.ForCaller();
            var path = folder.File("app.log");
            var collected = new CollectingSink();
            PropertyRuns.InCulture(batch.Culture, () =>
            {
                using var pipeline = new LogPipeline(new LogPipelineOptions { MinimumLevel = LogEventLevel.Verbose, FlushOnProcessExit = false });
                pipeline.AddSink(collected);
                pipeline.AddFile(path, o => o.RetainedFileCount = null);
                foreach (var entry in batch.Entries)
                    pipeline.Logger.Write(entry.Level, entry.ExceptionMessage is null ? null : new InvalidOperationException(entry.ExceptionMessage), entry.Template, entry.Args);
                return 0;
            });

            var events = collected.Events;
            events.Should().HaveCount(batch.Entries.Length, "every call is written");
            var lines = File.ReadAllText(path).Split('\n');
            lines[^1].Should().BeEmpty("the file ends with a line break");
            lines = lines[..^1];
            lines.Should().HaveCount(events.Count, "one line per event");
            var readBack = ClefFile.ReadEvents(path).ToList();
            readBack.Should().HaveCount(events.Count);

            for (var i = 0; i < lines.Length; i++)
            {
                var parsed = JsonNode.Parse(lines[i]);
                parsed.Should().BeOfType<JsonObject>();
                if (PropertyRuns.InCulture(batch.Culture, () => OracleLine(events[i])) is { } expected)
                {
                    // A DateOnly's @r rendering follows the template's format, not ISO: compare without @r then.
                    if (IntendedDifferences.HasDateOnly(events[i]))
                        Same.Descriptions(Comparable(lines[i]), Comparable(expected), "file", "CompactJsonFormatter");
                    else
                        Same.Descriptions(Generators.Escape(lines[i]), Generators.Escape(expected), "file", "CompactJsonFormatter");
                }
                Same.Descriptions(Comparable(ClefWithoutRenderings(readBack[i])), Comparable(lines[i]), "read back", "file");
            }
        }, seed: PropertyRuns.Seed, iter: PropertyRuns.Iterations(40), threads: 1, print: b => $"in '{b.Culture.Name}': " + string.Join("\n", b.Entries.Select(e => e.ToString())));
    }

    [Fact]
    public void ReadsBackDictionaryKeysThatAreNotPropertyNames()
    {
        // Found by the property above: keys such as "" and " " were dropped on reading.
        using var folder = TempFolder.ForCaller();
        var path = folder.File("app.log");
        File.WriteAllText(path, "{\"@t\":\"2026-11-25T10:00:00Z\",\"@mt\":\"{Map}\",\"Map\":{\"\":1,\" \":2,\"ok\":3}}\n");

        var map = ClefFile.ReadEvents(path).Single().Properties["Map"];

        map.Should().BeOfType<DictionaryValue>().Which.Elements.Select(e => (string)e.Key.Value! + "=" + e.Value)
            .Should().Equal("=1", " =2", "ok=3");
    }

    /// <summary>
    /// The read-back event's CLEF without <c>@r</c>: a read-back value is JSON's (a long, a string), and a
    /// format meant for the original type may throw on it. The template text stays.
    /// </summary>
    static string ClefWithoutRenderings(LogEvent e)
        => Oracle.Clef(new LogEvent(e.Timestamp, e.Level, e.Exception,
            new MessageTemplate(e.MessageTemplate.Text, [new Serilog.Parsing.TextToken(e.MessageTemplate.Text)]),
            e.Properties.Select(p => new LogEventProperty(p.Key, p.Value)), e.TraceId ?? default, e.SpanId ?? default));

    /// <summary>What CompactJsonFormatter writes for the event, or null when its own rendering throws (a format the value rejects).</summary>
    static string? OracleLine(LogEvent e)
    {
        try
        {
            // Through UTF-8, as a file holds it: a lone surrogate becomes U+FFFD, as Encoding.UTF8 writes it.
            return Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(Oracle.Clef(IntendedDifferences.WithIsoDates(e))));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// A CLEF line without what a reader cannot give back: <c>@r</c> (renderings of values the file holds
    /// as JSON, not as their .NET types) and <c>@i</c> (recomputed from the template). Numbers compare by value.
    /// </summary>
    static string Comparable(string line)
    {
        var node = JsonNode.Parse(line)!.AsObject();
        node.Remove("@r");
        node.Remove("@i");
        return Generators.Escape(Canonical(node));
    }

    static string Canonical(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject o => "{" + string.Join(",", o.Select(p => JsonSerializer.Serialize(p.Key) + ":" + Canonical(p.Value))) + "}",
        JsonArray a => "[" + string.Join(",", a.Select(Canonical)) + "]",
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => decimal.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d.ToString(CultureInfo.InvariantCulture)
            : double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture),
        _ => node.ToJsonString(),
    };
}
