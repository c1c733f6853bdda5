using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using LogKit.Extensions.Logging;
using LogKit.Reliability.Tests.Support;
using Microsoft.Extensions.Configuration;
using Serilog.Events;

namespace LogKit.Reliability.Tests.Fuzzing;

/// <summary>
/// Fuzzes the appsettings reader (<c>pipeline.Configure(section)</c>) with random <c>LogKit</c>
/// sections: known and unknown keys, values of the right and wrong kinds, sections where values belong.
/// It configures the pipeline or throws <see cref="LogKitConfigurationException"/> naming a key, and
/// never anything else. File paths stay inside a temporary folder.
/// </summary>
public class ConfigurationReaderFuzzTests
{
    static readonly Gen<JsonNode?> Scalars = Gen.Frequency<JsonNode?>(
        (3, Gen.OneOf(new[] { "Verbose", "Debug", "Information", "Warning", "Error", "Fatal", "information", "Infinite", "Day", "Hour", "GZip", "None", "RollForward", "Clef", "Text", "Block", "Drop", "true", "false", "null", "none", "1", "0", "-1", "500 MB", "2 GiB", "10 days", "12h", "00:00:01", "{Message}{NewLine}" }.Select(v => Gen.Const(v)).ToArray()).Select(v => (JsonNode?)JsonValue.Create(v))),
        (2, Mutations.Of("500 MB", "10 days", "Warning", "true", "3").Select(v => (JsonNode?)JsonValue.Create(v))),
        (1, Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i))),
        (1, Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b))),
        (1, Gen.Int[0, 1].Select(_ => (JsonNode?)null)));

    static readonly string[] SectionKeys = ["MinimumLevel", "Console", "Files", "Properties", "Unknown"];
    static readonly string[] LevelKeys = ["Default", "Override", "Nope"];
    static readonly string[] ConsoleKeys = ["Enabled", "MinimumLevel", "OutputTemplate", "StandardErrorFromLevel", "QueueCapacity", "QueueFullMode", "Name", "Colour"];
    static readonly string[] FileKeys = ["Path", "MinimumLevel", "MaxFileSize", "RollingInterval", "RollOnLocalTime", "RetainedFileCount", "RetainedFor", "RetainedTotalSize", "Compression", "Naming", "Format", "OutputTemplate", "FlushToDiskInterval", "Shared", "QueueCapacity", "QueueFullMode", "Name", "Size"];

    static Gen<JsonNode?> Section(string[] keys, Gen<JsonNode?> value)
        => Gen.Select(Gen.Int[0, keys.Length - 1].Array[0, 5], value.Array[5], (picked, values) =>
        {
            var section = new JsonObject();
            for (var i = 0; i < picked.Length; i++)
                section[keys[picked[i]]] = values[i]?.DeepClone();
            return (JsonNode?)section;
        });

    static Gen<JsonNode?> MaybeWrong(Gen<JsonNode?> right) => Gen.Frequency((5, right), (1, Scalars), (1, Gen.Int[0, 1].Select(_ => (JsonNode?)new JsonArray(JsonValue.Create("x")))));

    static Gen<string> Root(string folder)
    {
        var path = Gen.Frequency<JsonNode?>(
            (6, Gen.String[Gen.Char['a', 'e'], 1, 4].Select(n => (JsonNode?)JsonValue.Create(Path.Combine(folder, n + ".log")))),
            (1, Gen.OneOf(new[] { "", " ", folder, folder + "/", Path.Combine(folder, "a\0b.log"), Path.Combine(folder, "sub", "..", "c.log") }.Select(v => Gen.Const(v)).ToArray()).Select(v => (JsonNode?)JsonValue.Create(v))));
        var file = Gen.Select(Section(FileKeys, Scalars), path, (section, p) =>
        {
            if (section is JsonObject o)
                o["Path"] = p?.DeepClone();
            return section;
        });
        var overrides = Gen.Select(Generators.Name.Array[0, 3], Scalars.Array[3], (names, values) =>
        {
            var o = new JsonObject();
            for (var i = 0; i < names.Length; i++)
                o[names[i]] = values[i]?.DeepClone();
            return (JsonNode?)o;
        });
        var levels = Gen.Frequency((2, Scalars), (2, Gen.Select(Scalars, overrides, (d, o) => (JsonNode?)new JsonObject { ["Default"] = d?.DeepClone(), ["Override"] = o?.DeepClone() })), (1, Section(LevelKeys, Scalars)));
        var files = Gen.Frequency((4, file.Array[0, 3].Select(f => (JsonNode?)new JsonArray(f.Select(x => x?.DeepClone()).ToArray()))), (1, Scalars));
        var properties = Gen.Frequency((3, Section(["Application", "Region", "Nested"], Scalars)), (1, Gen.Int[0, 1].Select(_ => (JsonNode?)new JsonObject { ["Nested"] = new JsonObject { ["A"] = 1 } })));
        return Gen.Select(MaybeWrong(levels), MaybeWrong(Section(ConsoleKeys, Scalars)), MaybeWrong(files), MaybeWrong(properties), Gen.Int[0, 15], (l, c, f, p, mask) =>
        {
            var root = new JsonObject();
            if ((mask & 1) != 0) root["MinimumLevel"] = l;
            if ((mask & 2) != 0) root["Console"] = c;
            if ((mask & 4) != 0) root["Files"] = f;
            if ((mask & 8) != 0) root["Properties"] = p;
            return new JsonObject { ["LogKit"] = root }.ToJsonString();
        });
    }

    [Fact]
    public void AnySectionConfiguresThePipelineOrFailsWithAConfigurationException()
    {
        using var folder = TempFolder.ForCaller();
        int accepted = 0, refused = 0;
        Root(folder.Path).Sample(json =>
        {
            var section = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build().GetSection("LogKit");
            using var pipeline = new LogPipeline(new LogPipelineOptions { FlushOnProcessExit = false, MinimumLevel = LogEventLevel.Verbose });
            try
            {
                using var configured = pipeline.Configure(section);
                pipeline.Logger.Information("configured");
                Interlocked.Increment(ref accepted);
            }
            catch (LogKitConfigurationException ex)
            {
                ex.Key.Should().StartWith("LogKit", "the message names the key");
                Interlocked.Increment(ref refused);
            }
        }, seed: PropertyRuns.Seed, iter: PropertyRuns.Iterations(400), threads: 1, print: j => j);

        // The generator reaches both outcomes, so neither half of the property is empty.
        accepted.Should().BeGreaterThan(0);
        refused.Should().BeGreaterThan(0);
    }
}
