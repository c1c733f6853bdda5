using System.Text;
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
}
