using LogKit.Capturing;

namespace LogKit.Formatting.Json;

/// <summary>
/// Writes each scalar kind as JSON the way Serilog's <c>JsonValueFormatter.FormatLiteralValue</c> does,
/// except <see cref="DateOnly"/>, written as ISO <c>yyyy-MM-dd</c> in every culture.
/// Used for unboxed arguments (CLEF) and boxed scalar values alike.
/// </summary>
internal readonly struct JsonScalarWriter(Utf8Buffer output) : IScalarVisitor
{
    public void Visit(string value) => JsonUtf8.WriteQuotedString(output, value);
    public void Visit(bool value) => JsonUtf8.WriteBoolean(output, value);
    public void Visit(char value) => JsonUtf8.WriteChar(output, value);
    public void Visit(byte value) => JsonUtf8.WriteFormattable(output, value);
    public void Visit(sbyte value) => JsonUtf8.WriteFormattable(output, value);
    public void Visit(short value) => JsonUtf8.WriteFormattable(output, value);
    public void Visit(ushort value) => JsonUtf8.WriteFormattable(output, value);
    public void Visit(int value) => JsonUtf8.WriteFormattable(output, value);
    public void Visit(uint value) => JsonUtf8.WriteFormattable(output, value);
    public void Visit(long value) => JsonUtf8.WriteFormattable(output, value);
    public void Visit(ulong value) => JsonUtf8.WriteFormattable(output, value);
    public void Visit(float value) => JsonUtf8.WriteSingle(output, value);
    public void Visit(double value) => JsonUtf8.WriteDouble(output, value);
    public void Visit(decimal value) => JsonUtf8.WriteDecimal(output, value);
    public void Visit(DateTime value) => JsonUtf8.WriteQuotedFormattable(output, value, "O");
    public void Visit(DateTimeOffset value) => JsonUtf8.WriteQuotedFormattable(output, value, "O");
    public void Visit(TimeSpan value) => JsonUtf8.WriteQuotedFormattable(output, value);
    public void Visit(Guid value) => JsonUtf8.WriteQuotedFormattable(output, value);
    public void Visit(DateOnly value) => JsonUtf8.WriteQuotedFormattable(output, value, "yyyy-MM-dd");
    public void Visit(TimeOnly value) => JsonUtf8.WriteQuotedFormattable(output, value, "O");
}
