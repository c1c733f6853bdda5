using System.Text;
using System.Text.Json;
using CsCheck;
using LogKit.Reliability.Tests.Support;

namespace LogKit.Reliability.Tests.Fuzzing;

/// <summary>
/// Fuzzes the CLEF reader with mutated event lines: <see cref="ClefFile.Parse"/> either reads an event
/// or throws one of the exceptions <see cref="ClefFile.ReadEvents"/> turns into an invalid line, and
/// reading a file of such lines never throws and accounts for every line.
/// </summary>
public class ClefFileFuzzTests
{
    static readonly string[] Corpus =
    [
        """{"@t":"2026-11-25T10:16:53.1234567Z","@mt":"User {UserId} bought {Quantity}","@l":"Warning","UserId":42,"Quantity":3}""",
        """{"@t":"2026-11-25T10:16:53Z","@m":"plain {text}","@x":"System.Exception: boom\n   at X.Y()","@tr":"0af7651916cd43dd8448eb211c80319c","@sp":"b7ad6b7169203331"}""",
        """{"@t":"2026-11-25T10:16:53+02:00","@mt":"{@Order} {$S} {N:0.00}","@r":["1.50"],"@i":"a1b2c3d4","Order":{"$type":"Order","Id":7,"Items":[1,2.5,"x",null,true,{"":1}]},"S":"s","N":1.5,"@@at":"doubled"}""",
        """{"@t":"2026-11-25T10:16:53Z","@l":"Fatal","Big":1e308,"Small":-0.0000000000000000000000000001,"Long":9223372036854775807,"Esc":"\u0000\ud800\u2028\"\\"}""",
    ];

    static readonly Gen<string> Lines = Mutations.Of(Corpus);

    static readonly Type[] ReaderTolerates = [typeof(JsonException), typeof(FormatException), typeof(InvalidDataException), typeof(ArgumentException), typeof(InvalidOperationException)];

    [Fact]
    public void ParseReadsAnEventOrThrowsOnlyWhatTheReaderTolerates()
    {
        Lines.Sample(line =>
        {
            try
            {
                ClefFile.Parse(line).Should().NotBeNull();
            }
            catch (Exception ex) when (ReaderTolerates.Any(t => t.IsInstanceOfType(ex)))
            {
            }
        }, seed: PropertyRuns.Seed, iter: PropertyRuns.Iterations(10_000), print: Generators.Escape);
    }

    [Fact]
    public void ReadingAFileOfMutatedLinesNeverThrowsAndAccountsForEveryLine()
    {
        using var folder = TempFolder.ForCaller();
        Lines.Array[1, 30].Sample(lines =>
        {
            var path = folder.File(Guid.NewGuid().ToString("N") + ".log");
            // One line per element: a mutation may add line breaks, so count what the file holds.
            File.WriteAllText(path, string.Join("\n", lines) + "\n", new UTF8Encoding(false));
            var expected = CountReadLines(path);

            var invalid = 0;
            var events = ClefFile.ReadEvents(path, _ => invalid++).Count();

            (events + invalid).Should().Be(expected);
            File.Delete(path);
        }, seed: PropertyRuns.Seed, iter: PropertyRuns.Iterations(300), threads: 1, print: l => string.Join("\n", l.Select(Generators.Escape)));
    }

    static int CountReadLines(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var count = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
                count++;
        }
        return count;
    }
}
