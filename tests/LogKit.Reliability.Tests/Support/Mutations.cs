using CsCheck;

namespace LogKit.Reliability.Tests.Support;

/// <summary>
/// The CsCheck equivalent of a mutation fuzzer's input: a seed from a corpus of valid inputs with a
/// few random edits (insert, delete, replace, duplicate a slice, truncate), or plain random text.
/// </summary>
public static class Mutations
{
    static readonly Gen<char> Interesting = Gen.Frequency(
        (4, Generators.AwkwardChar),
        (3, Gen.Char['0', '9']),
        (2, Gen.OneOf(Gen.Const('.'), Gen.Const('-'), Gen.Const('+'), Gen.Const('e'), Gen.Const('E'), Gen.Const(':'), Gen.Const(' '), Gen.Const(','), Gen.Const('"'), Gen.Const('['), Gen.Const(']'), Gen.Const('{'), Gen.Const('}'))));

    public static Gen<string> Of(params string[] corpus)
    {
        var seed = Gen.OneOf(corpus.Select(Gen.Const).ToArray());
        var mutated = Gen.Select(seed, Gen.Int[1, 6], Gen.Int.Array[24], (text, count, choices) => Mutate(text, count, choices));
        var digits = Gen.String[Gen.Char['0', '9'], 1, 40];
        return Gen.Frequency((6, mutated), (1, seed), (1, Gen.String[Interesting, 0, 40]), (1, Gen.Select(digits, seed, (d, s) => d + s)));
    }

    static string Mutate(string text, int count, int[] choices)
    {
        var chars = new List<char>(text);
        var c = 0;
        int Next(int bound) => bound <= 0 ? 0 : (int)((uint)choices[c++ % choices.Length] % (uint)bound);
        for (var i = 0; i < count; i++)
        {
            var position = Next(chars.Count + 1);
            switch (Next(6))
            {
                case 0:
                    chars.Insert(position, InterestingChars[Next(InterestingChars.Length)]);
                    break;
                case 1:
                    if (position < chars.Count) chars.RemoveAt(position);
                    break;
                case 2:
                    if (position < chars.Count) chars[position] = InterestingChars[Next(InterestingChars.Length)];
                    break;
                case 3:
                    var length = Next(chars.Count - position + 1);
                    chars.InsertRange(position, chars.GetRange(position, length));
                    break;
                case 4:
                    chars.RemoveRange(position, chars.Count - position);
                    break;
                default:
                    chars.InsertRange(position, "999999999999999999999");
                    break;
            }
        }
        return new string(chars.ToArray());
    }

    static readonly char[] InterestingChars = "0123456789.-+eE: ,\"[]{}\\@$\0\n\r\t\u00a0\u2028\ud800\udc00\u0660\uff10aZ".ToCharArray();
}
