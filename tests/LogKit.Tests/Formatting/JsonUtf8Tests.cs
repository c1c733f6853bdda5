using System.Globalization;
using System.Text;
using LogKit.Formatting;
using LogKit.Formatting.Json;

namespace LogKit.Tests.Formatting;

/// <summary>The hand-written number and time formatting, held to the BCL's own formatting as the oracle.</summary>
public class JsonUtf8Tests
{
    public static TheoryData<decimal> Decimals() => new()
    {
        0m, 0.0m, 0.00m, 1m, -1m, 19.99m, 19.90m, -19.99m, 0.05m, -0.05m, 0.000001m, 1.5m, 100m, 100.000m,
        123456789012345678m, 18446744073709551615m, 18446744073709551616m, 79228162514264337593543950335m,
        -79228162514264337593543950335m, 0.0000000000000000000000000001m, 1234567.0000001m, decimal.MaxValue, decimal.MinValue,
        new decimal(1, 0, 0, true, 0), new decimal(0, 0, 0, true, 3),
    };

    [Theory]
    [MemberData(nameof(Decimals))]
    public void WritesDecimalsAsTheBclDoes(decimal value)
        => Written(b => JsonUtf8.WriteDecimal(b, value)).Should().Be(value.ToString(null, CultureInfo.InvariantCulture));

    [Fact]
    public void WritesRandomDecimalsAsTheBclDoes()
    {
        var random = new Random(20261125);
        for (var i = 0; i < 20_000; i++)
        {
            var value = new decimal(random.Next(), random.Next(4) == 0 ? random.Next() : 0, random.Next(8) == 0 ? random.Next() : 0, random.Next(2) == 0, (byte)random.Next(29));
            Written(b => JsonUtf8.WriteDecimal(b, value)).Should().Be(value.ToString(null, CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void WritesUtcTimestampsAsRoundTripFormatDoes()
    {
        var random = new Random(20261125);
        DateTime[] fixedOnes = [DateTime.MinValue, DateTime.MaxValue, new(2026, 11, 25, 0, 0, 0), new DateTime(2026, 12, 31, 23, 59, 59, 999).AddTicks(9999), new(1, 1, 1, 0, 0, 1)];
        foreach (var value in fixedOnes.Concat(Enumerable.Range(0, 20_000).Select(_ => new DateTime(random.NextInt64(DateTime.MaxValue.Ticks)))))
        {
            var utc = DateTime.SpecifyKind(value, DateTimeKind.Utc);
            Written(b => JsonUtf8.WriteUtcTimestamp(b, utc)).Should().Be(utc.ToString("O", CultureInfo.InvariantCulture));
        }
    }

    static string Written(Action<Utf8Buffer> write)
    {
        var buffer = new Utf8Buffer();
        write(buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
