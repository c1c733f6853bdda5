using System.Text;
using System.Text.RegularExpressions;

namespace LogKit.Tests.Docs;

/// <summary>
/// Turns README's C# blocks into source files of a throwaway project: each block becomes the body of a
/// method of a class deriving from the prelude (which declares the placeholders), its using directives
/// go to the top of its file, and <c>#line</c> maps compiler errors back to README's lines.
/// </summary>
public static partial class ReadmeBlocks
{
    static readonly string[] s_defaultUsings = ["using LogKit;", "using Serilog.Events;"];

    public sealed record Block(int Line, string Code);

    /// <summary>The <c>```csharp</c> blocks of <paramref name="markdown"/>, with the README line of their first code line.</summary>
    public static IReadOnlyList<Block> CSharp(string markdown)
    {
        var blocks = new List<Block>();
        var lines = markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() != "```csharp")
                continue;
            var start = i + 1;
            var end = start;
            while (end < lines.Length && lines[end].TrimEnd() != "```")
                end++;
            blocks.Add(new Block(start + 1, string.Join('\n', lines[start..end])));
            i = end;
        }
        return blocks;
    }

    /// <summary>The source file for block number <paramref name="index"/>.</summary>
    public static string ToSource(Block block, int index)
    {
        var lines = block.Code.Split('\n');
        var usings = lines.TakeWhile(l => UsingDirective().IsMatch(l) || string.IsNullOrWhiteSpace(l)).ToList();
        var body = lines.Skip(usings.Count);
        var declared = usings.Where(u => UsingDirective().IsMatch(u)).Select(u => u.Trim()).Select(u => u[..(u.IndexOf(';') + 1)]).ToList();

        var source = new StringBuilder();
        foreach (var directive in s_defaultUsings.Where(d => !declared.Contains(d)))
            source.AppendLine(directive);
        source.AppendLine($"#line {block.Line} \"README.md\"");
        foreach (var line in usings)
            source.AppendLine(line);
        source.AppendLine("#line default");
        if (DeclaresTypes(body))
        {
            // A block that declares a user's types (a record with attributes) is compiled as it is, at the top level.
            source.AppendLine($"#line {block.Line + usings.Count} \"README.md\"");
            foreach (var line in body)
                source.AppendLine(line);
            return source.ToString();
        }
        source.AppendLine($"sealed class ReadmeBlock{index} : ReadmePrelude");
        source.AppendLine("{");
        source.AppendLine("    async Task Run()");
        source.AppendLine("    {");
        source.AppendLine($"#line {block.Line + usings.Count} \"README.md\"");
        foreach (var line in body)
            source.AppendLine(line);
        source.AppendLine("#line default");
        source.AppendLine("        await Task.CompletedTask;");
        source.AppendLine("    }");
        source.AppendLine("}");
        return source.ToString();
    }

    static bool DeclaresTypes(IEnumerable<string> body)
        => body.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l) && !l.TrimStart().StartsWith("//", StringComparison.Ordinal)) is { } first
           && TypeDeclaration().IsMatch(first);

    /// <summary>The placeholders README's blocks refer to, as a user's own code would declare them.</summary>
    public const string Prelude = """
        using Serilog.Core;
        using Serilog.Events;

        abstract class ReadmePrelude
        {
            protected readonly string[] args = [];
            protected readonly string requestId = "r-1";
            protected readonly string version = "1.0.0";
            protected readonly int userId = 7;
            protected readonly int quantity = 2;
            protected readonly string product = "book";
            protected readonly Order order = new(42, 99.5m);

            protected static void Ship(int orderId) => _ = orderId;

            protected sealed record Order(int Id, decimal Total);
        }

        sealed class OrderService;

        sealed class MySink : ILogEventSink
        {
            public void Emit(LogEvent logEvent) { }
        }
        """;

    [GeneratedRegex(@"^(\[|(public |internal )?(sealed |static |abstract )?(partial )?(class|record|struct|interface|enum) )")]
    private static partial Regex TypeDeclaration();

    // "using X;", "using X.Y;", "using A = B.C;", "using static X;", not "using var" or "using (".
    [GeneratedRegex(@"^using\s+(static\s+)?[\w.]+(\s*=\s*[\w.<>]+)?\s*;")]
    private static partial Regex UsingDirective();
}
