using System.Text.RegularExpressions;
using CsCheck;
using LogKit.Reliability.Tests.Support;
using Serilog.Events;

namespace LogKit.Reliability.Tests.Properties;

/// <summary>
/// Random events — values, templates and exception messages full of CR, LF, controls, U+2028/2029
/// and ANSI escapes — through a text-format file: each event is exactly one line that starts with its
/// timestamp; only an exception's stack trace adds lines, and each of those is indented, so no line of
/// user data can pass for an event. No escape character reaches the file.
/// </summary>
public partial class TextFilePropertyTests
{
    static readonly Gen<(string Template, object?[] Args, string? Exception)> Entries =
        from template in Generators.Template
        from args in Generators.Value.Array[0, 4]
        from exception in Gen.Frequency((3, Gen.Bool.Select(_ => (string?)null)), (1, Generators.Text.Select(t => (string?)t)))
        select (template, args, exception);

    [Fact]
    public void EveryEventIsOneLineAndOnlyIndentedStackTraceLinesFollowIt()
    {
        Entries.Array[1, 30].Sample(batch =>
        {
            using var folder = TempFolder.ForCaller();
            var path = folder.File("app.log");
            LogCounters counters, total;
            using (var pipeline = new LogPipeline(new LogPipelineOptions { MinimumLevel = LogEventLevel.Verbose, FlushOnProcessExit = false }))
            {
                var file = pipeline.AddFile(path, o => o.Format = LogFormat.Text);
                foreach (var (template, args, message) in batch)
                    pipeline.Logger.Information(message is null ? null : Thrown(message), template, args);
                pipeline.Flush();
                counters = file.Counters;
                total = pipeline.Counters;
            }

            var lines = File.ReadAllText(path).Split('\n')[..^1];
            total.Accepted.Should().Be(batch.Length, "every call is counted (an event that fails before reaching the sink as failed)");
            counters.Accepted.Should().Be(counters.Written + counters.Failed, "an event whose rendering throws (a format the value rejects) is counted failed");
            lines.Count(l => Timestamped().IsMatch(l)).Should().Be((int)counters.Written, "one line per event");
            // The output template puts {Exception} on the line after the message: its first line starts
            // with the exception's type name (not user data); every later line is indented.
            lines.Where(l => !Timestamped().IsMatch(l) && !ExceptionHeader().IsMatch(l) && !(l.Length > 0 && char.IsWhiteSpace(l[0])))
                .Should().BeEmpty("other lines are an exception's, indented");
            lines.Where(l => l.Contains('\u001b') || l.Contains('\r') || l.Contains('\u2028') || l.Contains('\u2029')).Should().BeEmpty();
        }, seed: PropertyRuns.Seed, iter: PropertyRuns.Iterations(40), threads: 1, print: b => string.Join("\n", b.Select(e => $"\"{Generators.Escape(e.Template)}\" [{string.Join(", ", e.Args.Select(Generators.Show))}] {Generators.Escape(e.Exception ?? "")}")));
    }

    static Exception Thrown(string message)
    {
        try
        {
            throw new InvalidOperationException(message, new IOException(message + " (inner)"));
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    [GeneratedRegex(@"^System\.InvalidOperationException(: |$)")]
    private static partial Regex ExceptionHeader();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3} [+-]\d{2}:\d{2} \[[A-Z]{3}\] ")]
    private static partial Regex Timestamped();
}
