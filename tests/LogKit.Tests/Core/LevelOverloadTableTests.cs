using System.Reflection;
using System.Text.RegularExpressions;
using LogKit.Tests.Support;
using Serilog.Events;

namespace LogKit.Tests.Core;

/// <summary>
/// The hand-written level tables (<c>Log.Levels.cs</c>, <c>Logger.Levels.cs</c>) are checked here so
/// that they cannot drift: every level has the same overloads, each overload writes its own level,
/// passes its own exception and values in order and documents them, and a <see cref="Logger"/> has
/// every logging overload of the static <see cref="Log"/> facade.
/// </summary>
public partial class LevelOverloadTableTests
{
    static readonly string[] s_levels = Enum.GetNames<LogEventLevel>();

    [Theory]
    [InlineData("src/LogKit/Log.Levels.cs", true)]
    [InlineData("src/LogKit/Logger.Levels.cs", true)]
    public void EveryOverloadWritesItsOwnLevelWithItsOwnArguments(string file, bool documented)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, file));
        var methods = Method().Matches(text);
        methods.Should().NotBeEmpty();

        var shapes = new Dictionary<string, List<string>>();
        foreach (Match method in methods)
        {
            var docs = method.Groups["docs"].Value;
            var level = method.Groups["name"].Value;
            var parameters = method.Groups["params"].Value;
            var body = method.Groups["body"].Value;
            var where = $"{file}: {level}({parameters})";
            if (level == "Write")
                continue;   // Write(level, ...) forwards its level argument: nothing to compare
            level.Should().BeOneOf(s_levels, where);

            var levelsUsed = LevelReference().Matches(body).Select(m => m.Groups[1].Value).Distinct().ToArray();
            levelsUsed.Should().Equal([level], "{0} must check and write its own level only", where);

            var hasException = parameters.StartsWith("Exception? exception", StringComparison.Ordinal);
            var values = ValueParameter().Matches(parameters).Select(m => m.Value).ToArray();
            var expectedCall = string.Join(", ", new[] { $"LogEventLevel.{level}", hasException ? "exception" : "null", "messageTemplate" }.Concat(values));
            body.Should().Contain("(" + expectedCall + ")", "{0} must pass its own exception and values in order", where);

            if (documented)
            {
                docs.Should().Contain($"<see cref=\"LogEventLevel.{level}\"/>", where);
                foreach (Match parameter in ParameterName().Matches(parameters))
                    docs.Should().Contain($"<param name=\"{parameter.Groups[1].Value}\">", where);
                foreach (Match typeParameter in TypeParameter().Matches(method.Groups["generics"].Value))
                    docs.Should().Contain($"<typeparam name=\"{typeParameter.Value}\">", where);
            }

            var shape = method.Groups["generics"].Value + "(" + parameters + ")";
            shapes.TryAdd(level, []);
            shapes[level].Add(shape);
        }

        shapes.Keys.Should().BeEquivalentTo(s_levels);
        foreach (var level in s_levels)
            shapes[level].Should().Equal(shapes[nameof(LogEventLevel.Information)], "every level has the same overloads, in the same order");
    }

    [Fact]
    public void TheFacadeHasTheSameTemplateOverloadsAsSerilogsLoggerAndTheFourArgumentOnes()
    {
        foreach (var level in s_levels)
        {
            var overloads = typeof(Log).GetMethods(BindingFlags.Public | BindingFlags.Static)
                .Where(m => m.Name == level && m.GetParameters().Any(p => p.Name == "messageTemplate"))
                .Select(m => (m.GetGenericArguments().Length, m.GetParameters().Length))
                .ToArray();
            overloads.Should().HaveCount(12, "{0}: 0 to 4 generic values and params, with and without an exception", level);
        }
    }

    [Fact]
    public void ALoggerHasTheSameTemplateOverloadsAsTheFacade()
    {
        foreach (var level in s_levels)
        {
            var overloads = typeof(Logger).GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Where(m => m.Name == level && m.GetParameters().Any(p => p.Name == "messageTemplate"))
                .ToArray();
            overloads.Should().HaveCount(12, "{0}: 0 to 4 generic values and params, with and without an exception", level);
        }
    }

    [Fact]
    public void ALoggerHasEveryLoggingMethodOfTheFacadeWithTheSameSignature()
    {
        // Every level, Write and the interpolated-string overloads: same name, generic arity, parameter names and types.
        string[] names = [.. s_levels, "Write"];
        var facade = Signatures(typeof(Log).GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => names.Contains(m.Name)));
        var logger = Signatures(typeof(Logger).GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => names.Contains(m.Name)));

        facade.Should().HaveCount(6 * 14 + 12, "each level: 12 template overloads and 2 interpolated ones; Write: 12");
        logger.Should().BeEquivalentTo(facade.Append("Write(LogEvent logEvent)"),
            "a Logger writes everything the facade writes, and Serilog's Write(LogEvent)");
    }

    static string[] Signatures(IEnumerable<MethodInfo> methods) => methods
        .Select(m => $"{m.Name}{(m.IsGenericMethod ? "`" + m.GetGenericArguments().Length : "")}({string.Join(", ", m.GetParameters().Select(p => TypeName(p.ParameterType) + " " + p.Name))})")
        .ToArray();

    static string TypeName(Type type) => type.IsByRef ? "ref " + TypeName(type.GetElementType()!)
        : type.IsGenericType ? type.Name[..type.Name.IndexOf('`')] + "<" + string.Join(", ", type.GetGenericArguments().Select(TypeName)) + ">"
        : type.Name;

    [Fact]
    public void LevelNamesTakeTheRightArticle()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => WrongArticle().IsMatch(File.ReadAllText(f)))
            .Select(Path.GetFileName)
            .ToArray();

        offenders.Should().BeEmpty("\"an Information event\", \"an Error event\"");
    }

    [GeneratedRegex(@"(?<docs>(?:[ ]*///[^\n]*\n)*)[ ]*(?:\[[^\n]*\]\n[ ]*)*public (?:static )?void (?<name>\w+)(?<generics><[^>]*>)?\((?<params>[^)]*)\)\s*\{(?<body>.*?)\n    \}", RegexOptions.Singleline)]
    private static partial Regex Method();

    [GeneratedRegex(@"LogEventLevel\.(\w+)")]
    private static partial Regex LevelReference();

    [GeneratedRegex(@"propertyValue\d+|propertyValues")]
    private static partial Regex ValueParameter();

    [GeneratedRegex(@"(\w+)(?:,|$)")]
    private static partial Regex ParameterName();

    [GeneratedRegex(@"T\d")]
    private static partial Regex TypeParameter();

    [GeneratedRegex(@"\ba (Information|Error|Exception)\b")]
    private static partial Regex WrongArticle();
}
