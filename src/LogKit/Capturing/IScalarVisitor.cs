namespace LogKit.Capturing;

/// <summary>
/// An operation on every scalar kind of <see cref="ScalarKinds"/>, each at its own type so nothing
/// is boxed. Implemented by structs, so <see cref="ScalarKinds.Accept{TVisitor}(in ArgValue, ref TVisitor)"/>
/// compiles to direct calls.
/// </summary>
internal interface IScalarVisitor
{
    void Visit(string value);
    void Visit(bool value);
    void Visit(char value);
    void Visit(byte value);
    void Visit(sbyte value);
    void Visit(short value);
    void Visit(ushort value);
    void Visit(int value);
    void Visit(uint value);
    void Visit(long value);
    void Visit(ulong value);
    void Visit(float value);
    void Visit(double value);
    void Visit(decimal value);
    void Visit(DateTime value);
    void Visit(DateTimeOffset value);
    void Visit(TimeSpan value);
    void Visit(Guid value);
    void Visit(DateOnly value);
    void Visit(TimeOnly value);
}
