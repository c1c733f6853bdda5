using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;

namespace LogKit.Formatting.Json;

/// <summary>
/// UTF-8 JSON primitives that produce exactly what Serilog's <c>JsonValueFormatter</c> writes
/// through a UTF-8 <see cref="TextWriter"/>: only <c>"</c>, <c>\</c> and characters below
/// U+0020 are escaped (<c>\uXXXX</c> in upper-case hex, short forms for \n \r \f \t), and a
/// lone surrogate becomes U+FFFD as the UTF-8 encoder would make it.
/// </summary>
internal static class JsonUtf8
{
    static readonly SearchValues<char> s_needsEscape = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\"\\");

    static ReadOnlySpan<byte> HexDigits => "0123456789ABCDEF"u8;

    public static void WriteQuotedString(Utf8Buffer output, ReadOnlySpan<char> value)
    {
        output.WriteByte((byte)'"');
        WriteEscaped(output, value);
        output.WriteByte((byte)'"');
    }

    /// <summary>Writes <paramref name="value"/> escaped, without quotes.</summary>
    public static void WriteEscaped(Utf8Buffer output, ReadOnlySpan<char> value)
    {
        while (!value.IsEmpty)
        {
            var clean = value.IndexOfAny(s_needsEscape);
            var run = clean < 0 ? value : value[..clean];
            if (!run.IsEmpty)
                WriteUtf8(output, run);
            if (clean < 0)
                return;

            WriteEscape(output, value[clean]);
            value = value[(clean + 1)..];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static void WriteUtf8(Utf8Buffer output, ReadOnlySpan<char> run)
    {
        // The run holds no character that needs escaping, so surrogate pairs are never split
        // by an escape; a lone surrogate is replaced exactly as Encoding.UTF8 would replace it.
        var span = output.GetSpan(checked(run.Length * 3));
        Utf8.FromUtf16(run, span, out _, out var written, replaceInvalidSequences: true);
        output.Advance(written);
    }

    static void WriteEscape(Utf8Buffer output, char c)
    {
        var span = output.GetSpan(6);
        span[0] = (byte)'\\';
        switch (c)
        {
            case '"': span[1] = (byte)'"'; output.Advance(2); return;
            case '\\': span[1] = (byte)'\\'; output.Advance(2); return;
            case '\n': span[1] = (byte)'n'; output.Advance(2); return;
            case '\r': span[1] = (byte)'r'; output.Advance(2); return;
            case '\f': span[1] = (byte)'f'; output.Advance(2); return;
            case '\t': span[1] = (byte)'t'; output.Advance(2); return;
        }
        span[1] = (byte)'u';
        span[2] = (byte)'0';
        span[3] = (byte)'0';
        span[4] = HexDigits[c >> 4];
        span[5] = HexDigits[c & 0xF];
        output.Advance(6);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteFormattable<T>(Utf8Buffer output, T value, ReadOnlySpan<char> format = default)
        where T : IUtf8SpanFormattable
    {
        var span = output.GetSpan(64);
        if (value.TryFormat(span, out var written, format, CultureInfo.InvariantCulture))
        {
            output.Advance(written);
            return;
        }
        WriteFormattableSlow(output, value, format);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void WriteFormattableSlow<T>(Utf8Buffer output, T value, ReadOnlySpan<char> format)
        where T : IUtf8SpanFormattable
    {
        var size = 128;
        while (true)
        {
            var span = output.GetSpan(size);
            if (value.TryFormat(span, out var written, format, CultureInfo.InvariantCulture))
            {
                output.Advance(written);
                return;
            }
            size *= 2;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void WriteQuotedFormattable<T>(Utf8Buffer output, T value, ReadOnlySpan<char> format = default)
        where T : IUtf8SpanFormattable
    {
        output.WriteByte((byte)'"');
        WriteFormattable(output, value, format);
        output.WriteByte((byte)'"');
    }

    public static void WriteDouble(Utf8Buffer output, double value)
    {
        if (double.IsFinite(value))
            WriteFormattable(output, value, "R");
        else
            WriteQuotedString(output, value.ToString(CultureInfo.InvariantCulture));
    }

    public static void WriteSingle(Utf8Buffer output, float value)
    {
        if (float.IsFinite(value))
            WriteFormattable(output, value, "R");
        else
            WriteQuotedString(output, value.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// A decimal as <c>decimal.ToString(null, InvariantCulture)</c> writes it (all digits of its scale,
    /// trailing zeros kept). Values whose digits fit in 64 bits are written directly; the
    /// profiler showed the general routine among the costliest steps of formatting an event.
    /// </summary>
    public static void WriteDecimal(Utf8Buffer output, decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = value.Scale;
        var mantissa = (ulong)(uint)bits[1] << 32 | (uint)bits[0];
        if (bits[2] != 0 || mantissa == 0 || scale > 19)
        {
            WriteFormattable(output, value);
            return;
        }

        var span = output.GetSpan(48);
        var position = 0;
        if (value < 0)
            span[position++] = (byte)'-';

        Span<byte> digits = stackalloc byte[20];
        System.Buffers.Text.Utf8Formatter.TryFormat(mantissa, digits, out var count);
        if (scale == 0)
        {
            digits[..count].CopyTo(span[position..]);
            output.Advance(position + count);
            return;
        }

        // Digits before the point ("0" when the value is below one), then the point, then exactly
        // `scale` digits, padded with leading zeros.
        var integerDigits = count - scale;
        if (integerDigits <= 0)
        {
            span[position++] = (byte)'0';
            span[position++] = (byte)'.';
            span.Slice(position, -integerDigits).Fill((byte)'0');
            position += -integerDigits;
            digits[..count].CopyTo(span[position..]);
            position += count;
        }
        else
        {
            digits[..integerDigits].CopyTo(span[position..]);
            position += integerDigits;
            span[position++] = (byte)'.';
            digits[integerDigits..count].CopyTo(span[position..]);
            position += scale;
        }
        output.Advance(position);
    }

    /// <summary>
    /// A UTC time as <c>DateTime.ToString("O")</c> writes it: <c>2026-11-25T10:16:53.1234567Z</c>,
    /// with the digits written directly instead of through the general date formatter.
    /// </summary>
    public static void WriteUtcTimestamp(Utf8Buffer output, DateTime utc)
    {
        var span = output.GetSpan(28);
        utc.Deconstruct(out int year, out int month, out int day);
        var timeOfDay = utc.Ticks % TimeSpan.TicksPerDay;
        var seconds = (int)(timeOfDay / TimeSpan.TicksPerSecond);
        var fraction = (int)(timeOfDay % TimeSpan.TicksPerSecond);

        WriteDigits(span, 0, year, 4);
        span[4] = (byte)'-';
        WriteDigits(span, 5, month, 2);
        span[7] = (byte)'-';
        WriteDigits(span, 8, day, 2);
        span[10] = (byte)'T';
        WriteDigits(span, 11, seconds / 3600, 2);
        span[13] = (byte)':';
        WriteDigits(span, 14, seconds / 60 % 60, 2);
        span[16] = (byte)':';
        WriteDigits(span, 17, seconds % 60, 2);
        span[19] = (byte)'.';
        WriteDigits(span, 20, fraction, 7);
        span[27] = (byte)'Z';
        output.Advance(28);
    }

    static void WriteDigits(Span<byte> span, int offset, int value, int width)
    {
        for (var i = offset + width - 1; i >= offset; i--)
        {
            span[i] = (byte)('0' + value % 10);
            value /= 10;
        }
    }

    public static void WriteBoolean(Utf8Buffer output, bool value)
        => output.Write(value ? "true"u8 : "false"u8);

    public static void WriteChar(Utf8Buffer output, char value)
        => WriteQuotedString(output, new ReadOnlySpan<char>(in value));

    public static void WriteNull(Utf8Buffer output) => output.Write("null"u8);

    /// <summary>The UTF-8 bytes of <paramref name="text"/>, for ASCII-only constants.</summary>
    public static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
