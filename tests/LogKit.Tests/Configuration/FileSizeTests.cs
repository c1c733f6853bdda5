namespace LogKit.Tests.Configuration;

public class FileSizeTests
{
    [Theory]
    [InlineData("500 MB", 500_000_000L)]
    [InlineData("500mb", 500_000_000L)]
    [InlineData("500 Mb", 500_000_000L)]      // no bits trap: a unit always means bytes
    [InlineData("2 GiB", 2L * 1024 * 1024 * 1024)]
    [InlineData("2gib", 2L * 1024 * 1024 * 1024)]
    [InlineData("10 KB", 10_000L)]
    [InlineData("10 KiB", 10_240L)]
    [InlineData("1.5 GB", 1_500_000_000L)]
    [InlineData("1 TB", 1_000_000_000_000L)]
    [InlineData("1048576", 1_048_576L)]
    [InlineData("  42 bytes ", 42L)]
    [InlineData("7 B", 7L)]
    public void ParsesDecimalAndBinaryUnitsCaseInsensitively(string text, long bytes)
        => FileSize.Parse(text).Bytes.Should().Be(bytes);

    [Theory]
    [InlineData("lots")]
    [InlineData("")]
    [InlineData("-5 MB")]
    [InlineData("5 parsecs")]
    [InlineData("MB")]
    [InlineData("99999999999 TB")]
    public void InvalidTextThrowsAFormatExceptionNamingTheValueAndShowingAGoodOne(string text)
        => FluentActions.Invoking(() => FileSize.Parse(text)).Should().Throw<FormatException>()
            .WithMessage($"'{text}' is not a file size*\"500 MB\"*");

    [Theory]
    [InlineData(500_000_000L, "500 MB")]
    [InlineData(2L * 1024 * 1024 * 1024, "2 GiB")]
    [InlineData(1234L, "1234 bytes")]
    public void ToStringReadsBack(long bytes, string text)
    {
        new FileSize(bytes).ToString().Should().Be(text);
        FileSize.Parse(text).Bytes.Should().Be(bytes);
    }

    [Fact]
    public void ConvertsImplicitlyFromANumberOfBytes()
    {
        var options = new FileSinkOptions { MaxFileSize = 500_000_000 };
        options.MaxFileSize.Should().Be(FileSize.Parse("500 MB"));
    }
}
