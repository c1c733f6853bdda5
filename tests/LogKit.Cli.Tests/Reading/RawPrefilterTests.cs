using System.Text;
using CsCheck;
using LogKit.Cli.Reading;
using Serilog.Events;

namespace LogKit.Cli.Tests.Reading;

public sealed class RawPrefilterTests
{
    [Theory]
    [InlineData("@l = 'Error'", new[] { "\"Error\"" })]
    [InlineData("@l = 'Error' and User = 'John'", new[] { "\"Error\"", "\"John\"" })]
    [InlineData("(@l = 'Warning') and (StartsWith(SourceContext, 'MyApp.Db'))", new[] { "\"MyApp.Db", "\"Warning\"" })]
    [InlineData("@x like '%Timeout%'", new[] { "Timeout" })]
    [InlineData("IsDefined(@x)", new[] { "\"@x\"" })]
    [InlineData("EndsWith(Path, '.png') and Elapsed > 500", new[] { ".png\"" })]
    [InlineData("@l = 'Error' and (User = 'Ann' or User = 'John' and Elapsed > 5)", new[] { "\"Error\"" })]
    [InlineData("User = 'Ann' and not User = 'John' and Path = 'x'", new[] { "\"Ann\"" })]
    public void DerivesWhatEveryMatchingLineMustContain(string filter, string[] required)
    {
        RawPrefilter.ForFilter(filter).RequiredText.Should().BeEquivalentTo(required);
    }

    [Theory]
    [InlineData("@l = 'Information'")]
    [InlineData("@l = 'Error' or User = 'John'")]
    [InlineData("User = 'john' ci")]
    [InlineData("@m like '%Timeout%'")]
    [InlineData("not (User = 'John')")]
    [InlineData("User <> 'John'")]
    [InlineData("Elapsed > 500")]
    [InlineData("User = 'J\"ohn'")]
    [InlineData("User = 'Jöhn'")]
    [InlineData("User = 'Ann' or @l = 'Error' and User = 'John'")]
    [InlineData("if User = 'Ann' then true else User = 'John'")]
    [InlineData("not User = 'Ann' and User = 'John'")]
    public void DerivesNothingWhereALiteralIsNotNecessary(string filter)
    {
        RawPrefilter.ForFilter(filter).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void NeverRejectsALineTheFilterAccepts()
    {
        // Events of every level with string, number and nested values; filters with and without pre-filters.
        var random = new Random(7);
        string[] users = ["John", "john", "Ann", "O'Neil", "Jöhn"];
        var lines = Enumerable.Range(0, 2000).Select(i =>
        {
            var level = (LogEventLevel)random.Next(6);
            var l = level == LogEventLevel.Information ? "" : $",\"@l\":\"{level}\"";
            var x = random.Next(4) == 0 ? ",\"@x\":\"System.TimeoutException: Timeout\\nat X\"" : "";
            var user = users[random.Next(users.Length)].Replace("\"", "\\\"", StringComparison.Ordinal);
            return $"{{\"@t\":\"2026-11-25T10:00:00Z\",\"@mt\":\"User {{User}} in {{Elapsed}}\"{l}{x},\"User\":\"{user}\",\"Elapsed\":{random.Next(1000)},\"SourceContext\":\"MyApp.{(random.Next(2) == 0 ? "Db" : "Web")}.X\",\"Nested\":{{\"User\":\"John\"}}}}";
        }).ToList();
        string[] filters =
        [
            "@l = 'Error'", "@l = 'Error' and User = 'John'", "User = 'O''Neil'", "StartsWith(SourceContext, 'MyApp.Db') and Elapsed > 500",
            "@mt like '%Elapsed%'", "IsDefined(@x) and @l = 'Fatal'", "Contains(User, 'oh')", "EndsWith(User, 'nn')", "(User = 'Ann') and (@l = 'Debug')",
        ];
        var parser = new ClefEventParser();

        foreach (var filter in filters)
        {
            var query = LogQuery.Create(new LogQueryOptions { Where = filter });
            var prefilter = RawPrefilter.ForFilter(filter);
            prefilter.IsEmpty.Should().BeFalse(filter);
            var matched = 0;
            foreach (var line in lines)
            {
                parser.TryParse(Encoding.UTF8.GetBytes(line), out var logEvent, out _).Should().BeTrue();
                if (query.Matches(logEvent!))
                {
                    matched++;
                    prefilter.MayMatch(Encoding.UTF8.GetBytes(line)).Should().BeTrue($"{filter} accepts {line}");
                }
            }
            matched.Should().BePositive(filter);
        }
    }

    [Theory]
    [InlineData("@l = 'Error'", """{"@t":"2026-11-25T10:00:00Z","@mt":"m","@l":"\u0045rror"}""")]
    [InlineData("@l = 'Error'", """{"@t":"2026-11-25T10:00:00Z","@mt":"m","@l":"error"}""")]
    [InlineData("User = 'John'", """{"@t":"2026-11-25T10:00:00Z","@mt":"m","User":"J\u006fhn"}""")]
    [InlineData("StartsWith(SourceContext, 'MyApp.Db')", """{"@t":"2026-11-25T10:00:00Z","@mt":"m","SourceContext":"MyApp\u002EDb.X"}""")]
    [InlineData("@x like '%Timeout%'", """{"@t":"2026-11-25T10:00:00Z","@mt":"m","@x":"System.\u0054imeoutException"}""")]
    [InlineData("User = 'Ann' or @l = 'Error' and User = 'John'", """{"@t":"2026-11-25T10:00:00Z","@mt":"m","User":"Ann"}""")]
    [InlineData("if User = 'Ann' then true else @l = 'Error' and User = 'John'", """{"@t":"2026-11-25T10:00:00Z","@mt":"m","User":"Ann"}""")]
    [InlineData("Path = 'a/b'", """{"@t":"2026-11-25T10:00:00Z","@mt":"m","Path":"a\/b"}""")]
    public void NeverRejectsAnEscapedLineTheFilterAccepts(string filter, string line)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        new ClefEventParser().TryParse(bytes, out var logEvent, out _).Should().BeTrue();
        LogQuery.Create(new LogQueryOptions { Where = filter }).Matches(logEvent!).Should().BeTrue();
        RawPrefilter.ForFilter(filter).MayMatch(bytes).Should().BeTrue();
    }

    static readonly Gen<string> Atom = Gen.OneOf(
        "@l = 'Error'", "@l = 'Warning'", "@l = 'Debug'", "User = 'John'", "User = 'Ann'", "User = 'O''Neil'",
        "StartsWith(SourceContext, 'MyApp.Db')", "EndsWith(SourceContext, 'X')", "Contains(User, 'oh')",
        "IsDefined(@x)", "@x like '%Timeout%'", "Path = 'a/b'", "Elapsed > 500", "@mt like '%User%'", "true", "false");

    static Gen<string> Filter(int depth)
    {
        if (depth == 0)
            return Atom;
        var inner = Filter(depth - 1);
        return Gen.OneOf(
            Atom,
            Gen.Select(inner, Gen.OneOf(" and ", " or ", " AND ", " Or "), inner, (a, op, b) => a + op + b),
            Gen.Select(inner, Gen.OneOf(" and ", " or "), inner, Gen.OneOf(" and ", " or "), inner, (a, op1, b, op2, c) => a + op1 + b + op2 + c),
            inner.Select(f => "(" + f + ")"),
            inner.Select(f => "not " + f),
            inner.Select(f => "not (" + f + ")"),
            Gen.Select(inner, inner, inner, (c, t, e) => $"if {c} then {t} else {e}"),
            Gen.Select(inner, inner, (a, b) => $"({a}) and ({b})"));
    }

    static readonly Gen<string> Level = Gen.OneOf(
        "", "Error", "error", "ERROR", "err", "eror", "\\u0045rror", "Warning", "warn", "WRN", "Debug", "dbg", "Information", "Fatal");

    static readonly Gen<string> User = Gen.OneOf("John", "john", "J\\u006fhn", "Ann", "\\u0041nn", "O'Neil", "Jöhn", "J\\u00f6hn");

    static readonly Gen<string> Line =
        Gen.Select(Level, User, Gen.Bool, Gen.Int[0, 1000], Gen.OneOf("MyApp.Db.X", "MyApp\\u002EDb.X", "MyApp.Web.Y"), Gen.OneOf("a/b", "a\\/b", "c/d"), Gen.Bool)
            .Select(t =>
            {
                var (level, user, exception, elapsed, source, path, levelLast) = t;
                var l = level.Length == 0 ? "" : $",\"@l\":\"{level}\"";
                var x = exception ? ",\"@x\":\"System.TimeoutException: Timeout\"" : "";
                var body = $",\"User\":\"{user}\",\"Elapsed\":{elapsed},\"SourceContext\":\"{source}\",\"Path\":\"{path}\"";
                // CLEF writers put @l first; others (and hand-edited files) may put it after the properties.
                return levelLast
                    ? $"{{\"@t\":\"2026-11-25T10:00:00Z\",\"@mt\":\"User {{User}}\"{x}{body}{l}}}"
                    : $"{{\"@t\":\"2026-11-25T10:00:00Z\",\"@mt\":\"User {{User}}\"{l}{x}{body}}}";
            });

    /// <summary>The promise over random filters (and, or, not, if) and random lines, escaped ones included.</summary>
    [Fact]
    public void NeverRejectsARandomLineARandomFilterAccepts()
    {
        var parser = new ClefEventParser();
        Gen.Select(Filter(3), Line).Sample((filter, line) =>
        {
            var bytes = Encoding.UTF8.GetBytes(line);
            if (!parser.TryParse(bytes, out var logEvent, out _))
                return true;
            LogQuery query;
            try
            {
                query = LogQuery.Create(new LogQueryOptions { Where = filter });
            }
            catch (ArgumentException)
            {
                return true;   // a random filter the compiler refuses: nothing to check
            }
            return !query.Matches(logEvent!) || RawPrefilter.ForFilter(filter).MayMatch(bytes);
        }, iter: 2_000);
    }
}
