using CsCheck;
using LogKit.Capturing;
using LogKit.Interpolation;
using LogKit.Reliability.Tests.Support;
using Serilog.Parsing;

namespace LogKit.Reliability.Tests.Fuzzing;

/// <summary>
/// Fuzzes the template cache for interpolated strings with random literal parts, hole expressions,
/// formats (<c>@Name</c>, <c>@@Name</c>, <c>@Name:0.00</c>, plain, junk) and alignments: the template it
/// builds always parses into exactly one property token per hole, in order, different expressions never
/// share a name, and the
/// literals come back as text exactly.
/// </summary>
public class InterpolatedTemplateCacheFuzzTests
{
    public sealed record Hole(string Expression, string? Format, int Alignment);

    public sealed record Message(string[] Literals, Hole[] Holes)
    {
        public override string ToString()
            => string.Join(" | ", Literals.Select(Generators.Escape)) + " || " + string.Join(", ", Holes.Select(h => $"({Generators.Escape(h.Expression)}, {Generators.Escape(h.Format ?? "<null>")}, {h.Alignment})"));
    }

    static readonly Gen<string> Expressions = Gen.Frequency(
        (3, Generators.Name),
        (1, Gen.Select(Generators.Name, Generators.Name, (a, b) => a + "." + b)),
        (1, Gen.OneOf(new[] { "order.Total * 2", "x ?? y", "items[0]", "\"text\"", "", " ", "a.", ".", "_", "@x", "Method()", "é" }.Select(e => Gen.Const(e)).ToArray())),
        (1, Generators.Text));

    static readonly Gen<string?> Formats = Gen.Frequency<string?>(
        (4, Gen.Int[0, 0].Select(_ => (string?)null)),
        (2, Generators.Name.Select(n => (string?)("@" + n))),
        (1, Generators.Name.Select(n => (string?)("@@" + n))),
        (1, Generators.Name.Select(n => (string?)("@$" + n))),
        (1, Generators.Name.Select(n => (string?)("@" + n + ":0.00"))),
        (1, Gen.OneOf(new[] { "0.00", "x", "yyyy-MM-dd", "@", "@@", "@:x", "@1a", "@a b", "@a.b", ":", "@:", "@@@x" }.Select(f => Gen.Const<string?>(f)).ToArray())),
        // The compiler never passes a format with a brace in it (the brace would end the hole).
        (1, Generators.Text.Select(t => (string?)t.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal))));

    static readonly Gen<Message> Messages =
        from holes in Gen.Select(Expressions, Formats, Gen.Frequency((4, Gen.Const(0)), (1, Gen.Int[-20, 20]))).Array[0, 6]
        from literals in Generators.Text.Array[holes.Length + 1]
        select new Message(literals, holes.Select(h => new Hole(h.Item1, h.Item2, h.Item3)).ToArray());

    [Fact]
    public void EveryHoleBecomesOneUniquelyNamedPropertyAndLiteralsStayText()
    {
        var parser = new MessageTemplateParser();
        Messages.Sample(message =>
        {
            var (parts, kinds, alignments) = Encode(message);
            var text = InterpolatedTemplateCache.BuildText(parts, kinds, alignments);

            var tokens = parser.Parse(text).Tokens.ToList();
            var properties = tokens.OfType<PropertyToken>().ToList();
            properties.Should().HaveCount(message.Holes.Length, "one property per hole in {0}", Generators.Escape(text));
            // Two different expressions never share a name (the same expression twice may).
            properties.Select((p, i) => (p.PropertyName, message.Holes[i].Expression)).GroupBy(p => p.PropertyName)
                .Where(g => g.Select(p => p.Expression).Distinct().Count() > 1).Should().BeEmpty();
            properties.Select(p => p.Alignment?.Width ?? 0).Should().Equal(message.Holes.Select(h => Math.Abs(h.Alignment)));
            string.Concat(tokens.OfType<TextToken>().Select(t => t.Text)).Should().Be(string.Concat(message.Literals));

            // The cache hands back the template for the same parts (the same instance while it has room:
            // it stops adding at 4,096 entries, which this test alone goes past).
            InterpolatedTemplateCache.Get(parts, kinds, alignments, hash: message.GetHashCode()).Text.Should().Be(text);
            InterpolatedTemplateCache.Get(parts, kinds, alignments, hash: message.GetHashCode()).Text.Should().Be(text);
        }, seed: PropertyRuns.Seed, iter: PropertyRuns.Iterations(5_000), print: m => m.ToString());
    }

    static (object?[] Parts, byte[] Kinds, int[] Alignments) Encode(Message message)
    {
        var parts = new List<object?>();
        var kinds = new List<byte>();
        for (var i = 0; i < message.Holes.Length; i++)
        {
            parts.Add(message.Literals[i]);
            kinds.Add(InterpolatedMessage.Literal);
            parts.Add(message.Holes[i].Expression);
            kinds.Add(InterpolatedMessage.Expression);
            parts.Add(message.Holes[i].Format);
            kinds.Add(InterpolatedMessage.Format);
        }
        parts.Add(message.Literals[^1]);
        kinds.Add(InterpolatedMessage.Literal);
        return (parts.ToArray(), kinds.ToArray(), message.Holes.Select(h => h.Alignment).ToArray());
    }
}
