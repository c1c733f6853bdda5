using System.Globalization;
using System.Text;
using CsCheck;

namespace LogKit.Reliability.Tests.Support;

/// <summary>
/// CsCheck generators for what applications hand to a logger: message templates (valid and
/// malformed), property names, and argument values from plain scalars to nested structures, with
/// the awkward cases weighted up (NaN, extreme dates and decimals, lone surrogates, controls).
/// </summary>
public static class Generators
{
    /// <summary>Characters that break naive writers: controls, separators, surrogates, quotes, braces.</summary>
    public static readonly Gen<char> AwkwardChar = Gen.Frequency(
        (6, Gen.Char['a', 'z']),
        (2, Gen.Char[' ', '~']),
        (1, Gen.Char['\0', '\u001f']),
        (1, Gen.Char['\u007f', '\u009f']),
        (1, Gen.Char['\ud800', '\udfff']),          // lone surrogates, high and low
        (1, Gen.OneOf(Gen.Const('\u2028'), Gen.Const('\u2029'), Gen.Const('\u001b'), Gen.Const('"'), Gen.Const('\\'), Gen.Const('{'), Gen.Const('}'), Gen.Const('@'), Gen.Const('\ufeff'), Gen.Const('\uffff'))),
        (1, Gen.Char['\u00a0', '\uffff']));

    /// <summary>Random Unicode text, sometimes with a valid surrogate pair or an ANSI escape sequence inside.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (8, Gen.String[AwkwardChar, 0, 24]),
        (1, Gen.Select(Gen.String[AwkwardChar, 0, 8], Gen.String[AwkwardChar, 0, 8], (a, b) => a + "\ud83d\ude00" + b)),
        (1, Gen.Select(Gen.String[AwkwardChar, 0, 8], Gen.Int[0, 107], (a, n) => a + "\u001b[" + n.ToString(CultureInfo.InvariantCulture) + "m" + a + "\r\n[FAKE] forged line")),
        (1, Gen.OneOf(Gen.Const(""), Gen.Const(" "), Gen.Const(new string('x', 5000)))));

    /// <summary>A valid property name.</summary>
    public static readonly Gen<string> Name = Gen.Frequency(
        (4, Gen.OneOf(Gen.Const("A"), Gen.Const("B"), Gen.Const("UserId"), Gen.Const("Order"), Gen.Const("_x"), Gen.Const("Name1"))),
        (1, Gen.Select(Gen.Char['A', 'Z'], Gen.String[Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['0', '9'], Gen.Const('_')), 0, 10], (c, s) => c + s)));

    /// <summary>One part of a template: text, a hole of any form, or something malformed.</summary>
    static readonly Gen<string> TemplatePart = Gen.Frequency(
        (4, Gen.String[Gen.Frequency((8, Gen.Char[' ', 'z']), (1, AwkwardChar)), 0, 12].Select(s => s.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal))),
        (4, Name.Select(n => "{" + n + "}")),
        (1, Name.Select(n => "{@" + n + "}")),
        (1, Name.Select(n => "{$" + n + "}")),
        (1, Gen.Int[0, 4].Select(i => "{" + i.ToString(CultureInfo.InvariantCulture) + "}")),
        (1, Gen.Select(Name, Gen.OneOf(Gen.Const("0.00"), Gen.Const("x"), Gen.Const("yyyy-MM-dd"), Gen.Const("l"), Gen.Const("j"), Gen.Const("D5"), Gen.Const("")), (n, f) => "{" + n + ":" + f + "}")),
        (1, Gen.Select(Name, Gen.Int[-12, 12], (n, a) => "{" + n + "," + a.ToString(CultureInfo.InvariantCulture) + "}")),
        (2, Gen.OneOf(Gen.Const("{"), Gen.Const("}"), Gen.Const("{ }"), Gen.Const("{}"), Gen.Const("{@}"), Gen.Const("{Name"), Gen.Const("{1a}"), Gen.Const("{A:"), Gen.Const("{A,}"), Gen.Const("{A,x}"), Gen.Const("{{"), Gen.Const("}}"), Gen.Const("{A B}"), Gen.Const("{-1}"), Gen.Const("{@$A}"))));

    /// <summary>A message template of up to eight parts: valid or malformed, never null.</summary>
    public static readonly Gen<string> Template = TemplatePart.Array[0, 8].Select(parts => string.Concat(parts));

    public enum Colour { Red, Green, Blue }

    /// <summary>Scalars, with the extremes weighted up.</summary>
    public static readonly Gen<object?> Scalar = Gen.Frequency<object?>(
        (2, Gen.Int.Select(i => (object?)i)),
        (1, Gen.Long.Select(i => (object?)i)),
        (1, Gen.Int[0, 2].Select(i => i switch { 0 => null, 1 => (object?)true, _ => false })),
        (2, Gen.Double.Select(d => (object?)d)),
        (1, Gen.OneOf(Gen.Const<object?>(double.NaN), Gen.Const<object?>(double.PositiveInfinity), Gen.Const<object?>(double.NegativeInfinity), Gen.Const<object?>(double.MaxValue), Gen.Const<object?>(double.Epsilon), Gen.Const<object?>(-0.0), Gen.Const<object?>(float.NaN), Gen.Const<object?>(float.MaxValue))),
        (1, Gen.Float.Select(f => (object?)f)),
        (2, Gen.Decimal.Select(d => (object?)d)),
        (1, Gen.OneOf(Gen.Const<object?>(decimal.MaxValue), Gen.Const<object?>(decimal.MinValue), Gen.Const<object?>(0.0000000000000000000000000001m), Gen.Const<object?>(1.10m))),
        (3, Text.Select(s => (object?)s)),
        (1, AwkwardChar.Select(c => (object?)c)),
        (1, Gen.DateTime.Select(d => (object?)d)),
        (1, Gen.OneOf(Gen.Const<object?>(DateTime.MinValue), Gen.Const<object?>(DateTime.MaxValue), Gen.Const<object?>(new DateTime(2026, 3, 29, 2, 30, 0, DateTimeKind.Local)), Gen.Const<object?>(DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc)))),
        (1, Gen.DateTimeOffset.Select(d => (object?)d)),
        (1, Gen.OneOf(Gen.Const<object?>(DateTimeOffset.MinValue), Gen.Const<object?>(DateTimeOffset.MaxValue))),
        (1, Gen.TimeSpan.Select(t => (object?)t)),
        (1, Gen.OneOf(Gen.Const<object?>(TimeSpan.MinValue), Gen.Const<object?>(TimeSpan.MaxValue))),
        (1, Gen.Guid.Select(g => (object?)g)),
        (1, Gen.Enum<Colour>().Select(c => (object?)c)),
        (1, Gen.OneOf(Gen.Const<object?>((Colour)42), Gen.Const<object?>((byte)255), Gen.Const<object?>((sbyte)-128), Gen.Const<object?>((short)-1), Gen.Const<object?>(ushort.MaxValue), Gen.Const<object?>(uint.MaxValue), Gen.Const<object?>(ulong.MaxValue), Gen.Const<object?>(new Uri("https://example.com/a?b=c")))),
        (1, Gen.DateOnly.Select(d => (object?)d)),
        (1, Gen.OneOf(Gen.Const<object?>((Int128)long.MaxValue * 4), Gen.Const<object?>(new TimeOnly(23, 59, 59)), Gen.Const<object?>(Half.MaxValue))));

    /// <summary>Any argument value: a scalar, or sequences, dictionaries and objects of them, up to a few levels deep; sometimes a value whose ToString or a getter throws.</summary>
    public static readonly Gen<object?> Value = Values(includeThrowing: true);

    /// <summary>As <see cref="Value"/>, without values that throw (Serilog's own ForContext and PushProperty throw on them, so it is no oracle there).</summary>
    public static readonly Gen<object?> WellBehavedValue = Values(includeThrowing: false);

    static Gen<object?> Values(bool includeThrowing) => Gen.Recursive<object?>((depth, inner) => depth >= 3
        ? Scalar
        : Gen.Frequency<object?>(
            (8, Scalar),
            (1, inner.Array[0, 4].Select(a => (object?)a)),
            (1, inner.List[0, 4].Select(a => (object?)a)),
            (1, Gen.Int[0, 4].SelectMany(n => Gen.Select(Text.Array[n], inner.Array[n], ToDictionary)).Select(d => (object?)d)),
            (1, Gen.Int.Array[0, 3].Select(keys => (object?)keys.Distinct().ToDictionary(k => k, k => (object?)k.ToString(CultureInfo.InvariantCulture)))),
            (2, Gen.Select(Text, inner, inner.List[0, 3], (n, v, c) => (object?)new Node { Name = n, Value = v, Children = c })),
            (1, Gen.Select(Gen.Int, Text, Gen.Decimal, (i, s, d) => (object?)new Order(i, s, d))),
            (1, Gen.Int[0, 15].Select(n => (object?)Chain(n))),
            (includeThrowing ? 1 : 0, Gen.OneOf(Gen.Const<object?>(new ThrowingToString()), Gen.Const<object?>(new ThrowingGetter()), Gen.Const<object?>(new NullToString())))));

    static Dictionary<string, object?> ToDictionary(string[] keys, object?[] values)
    {
        var dictionary = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
            dictionary.TryAdd(keys[i], values[i]);
        return dictionary;
    }

    static Node Chain(int depth)
    {
        var node = new Node { Name = "leaf" };
        for (var i = 0; i < depth; i++)
            node = new Node { Name = "level" + i.ToString(CultureInfo.InvariantCulture), Value = node };
        return node;
    }

    /// <summary>Describes a generated value for a failure message (CsCheck prints it with the seed).</summary>
    public static string Show(object? value)
    {
        var text = new StringBuilder();
        Append(text, value, 0);
        return text.ToString();
    }

    static void Append(StringBuilder text, object? value, int depth)
    {
        if (depth > 20)
        {
            text.Append('…');
            return;
        }
        switch (value)
        {
            case null: text.Append("null"); break;
            case string s: text.Append('"').Append(Escape(s.Length > 100 ? s[..100] + $"…({s.Length} chars)" : s)).Append('"'); break;
            case char c: text.Append('\'').Append(Escape(c.ToString())).Append('\''); break;
            case System.Collections.IDictionary d:
                text.Append('{');
                foreach (System.Collections.DictionaryEntry e in d)
                {
                    Append(text, e.Key, depth + 1);
                    text.Append(": ");
                    Append(text, e.Value, depth + 1);
                    text.Append(", ");
                }
                text.Append('}');
                break;
            case System.Collections.IEnumerable items:
                text.Append('[');
                foreach (var item in items)
                {
                    Append(text, item, depth + 1);
                    text.Append(", ");
                }
                text.Append(']');
                break;
            case Node n:
                text.Append("Node(");
                Append(text, n.Name, depth + 1);
                text.Append(", ");
                Append(text, n.Value, depth + 1);
                text.Append(", ");
                Append(text, n.Children, depth + 1);
                text.Append(')');
                break;
            default:
                text.Append(value.GetType().Name).Append(':');
                try
                {
                    text.Append(Escape(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null"));
                }
                catch (Exception ex)
                {
                    text.Append("<ToString threw ").Append(ex.GetType().Name).Append('>');
                }
                break;
        }
    }

    /// <summary>Shows every character outside printable ASCII as a \u escape.</summary>
    public static string Escape(string s)
    {
        var text = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c is >= ' ' and <= '~')
                text.Append(c);
            else
                text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    public sealed class Node
    {
        public string? Name { get; set; }

        public object? Value { get; set; }

        public List<object?>? Children { get; set; }
    }

    public sealed record Order(int Id, string Customer, decimal Total);

    public sealed class ThrowingToString
    {
        public int Visible => 1;

        public override string ToString() => throw new InvalidOperationException("ToString failed");
    }

    public sealed class ThrowingGetter
    {
        public int Fine => 2;

        public int Broken => throw new InvalidOperationException("getter failed");
    }

    public sealed class NullToString
    {
        public override string? ToString() => null;
    }
}
