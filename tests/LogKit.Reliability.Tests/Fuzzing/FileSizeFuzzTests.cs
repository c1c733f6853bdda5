using CsCheck;
using LogKit.Reliability.Tests.Support;

namespace LogKit.Reliability.Tests.Fuzzing;

/// <summary>Fuzzes <see cref="FileSize"/>'s parser: any text is parsed or refused, never a crash.</summary>
public class FileSizeFuzzTests
{
    static readonly Gen<string> Inputs = Mutations.Of("500 MB", "2 GiB", "10KB", "1048576", "1.5 TB", "0 b", "9223372036854775807", "  7 kib  ", "3.25 mb");

    [Fact]
    public void AnyTextIsParsedOrRefusedWithAFormatException()
    {
        Inputs.Sample(text =>
        {
            var parsed = FileSize.TryParse(text, out var size);
            if (parsed)
            {
                size.Bytes.Should().BeGreaterThanOrEqualTo(0);
                FileSize.Parse(text).Should().Be(size);
                FileSize.Parse(size.ToString()).Should().Be(size, "ToString reads back");
            }
            else
            {
                var parse = () => FileSize.Parse(text);
                parse.Should().Throw<FormatException>().Which.Message.Should().Contain("is not a file size");
            }
        }, seed: PropertyRuns.Seed, iter: PropertyRuns.Iterations(10_000), print: Generators.Escape);
    }
}
