namespace LogKit.Capturing;

/// <summary>
/// What an <see cref="ArgValue"/> holds. The unboxed kinds come from the generic logging
/// overloads and cost no allocation; <see cref="Object"/> is anything else, captured by
/// Serilog's own conversion rules when an event is formatted or materialised. Which CLR type
/// each scalar kind is, and how it is handed on, lives in <see cref="ScalarKinds"/>.
/// </summary>
internal enum ArgKind : byte
{
    Null,
    String,
    Object,
    /// <summary>A value already converted to a Serilog <c>LogEventPropertyValue</c>.</summary>
    PropertyValue,
    Boolean,
    Char,
    Byte,
    SByte,
    Int16,
    UInt16,
    Int32,
    UInt32,
    Int64,
    UInt64,
    Single,
    Double,
    Decimal,
    DateTime,
    DateTimeOffset,
    TimeSpan,
    Guid,
    DateOnly,
    TimeOnly,
}
