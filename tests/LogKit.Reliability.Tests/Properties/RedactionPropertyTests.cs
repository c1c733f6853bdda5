using System.Globalization;
using System.Text;
using CsCheck;
using LogKit.Reliability.Tests.Support;
using Microsoft.Extensions.Logging;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace LogKit.Reliability.Tests.Properties;

/// <summary>
/// A generated secret under a listed name (in any case, with a prefix, with or without separators), or
/// inside a credential form (a connection string, a URI's user-info, a Bearer header, an exception message),
/// entering through a random path (template hole, params, Bind, every LogContext.Push overload, a dictionary
/// deep in a destructured value, a structured write, Microsoft.Extensions.Logging), beside random other
/// values, never reaches any sink: not the CLEF file's bytes, not the text file's, not a Serilog sink's event.
/// </summary>
public class RedactionPropertyTests
{
    public sealed record Case(string Secret, string Name, int Path, object?[] Others)
    {
        public override string ToString() => $"secret '{Secret}' as '{Name}' by path {Path} beside [{string.Join(", ", Others.Select(Generators.Show))}]";
    }

    const int Paths = 13;

    static readonly Gen<string> Secrets = Gen.String[Gen.OneOf(Gen.Char['a', 'z'], Gen.Char['A', 'Z'], Gen.Char['0', '9']), 10, 24].Select(s => "Zq9" + s);

    static readonly Gen<string> ListedNames =
        from entry in Gen.OneOf(RedactionOptions.DefaultNames.Select(Gen.Const).ToArray())
        from prefix in Gen.OneOf(Gen.Const(""), Gen.Const("user"), Gen.Const("X_"), Gen.Const("db"), Gen.Const("Primary"))
        from casing in Gen.Int[0, 3]
        from keepSeparators in Gen.Bool
        select Shape(prefix, entry, casing, keepSeparators);

    static readonly Gen<Case> Cases =
        from secret in Secrets
        from name in ListedNames
        from path in Gen.Int[0, Paths - 1]
        from others in Generators.WellBehavedValue.Array[0, 3]
        select new Case(secret, name, path, others);

    // A template property name has letters, digits and underscores only: '-' becomes '_'.
    static string Shape(string prefix, string entry, int casing, bool keepSeparators)
    {
        var word = keepSeparators ? entry.Replace('-', '_') : entry.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var name = prefix + casing switch
        {
            0 => word,
            1 => word.ToUpperInvariant(),
            2 => char.ToUpperInvariant(word[0]) + word[1..],
            _ => string.Concat(word.Select((c, i) => i % 2 == 0 ? char.ToUpperInvariant(c) : c)),
        };
        return name;
    }

    [Fact]
    public void ASecretUnderAListedNameOrInACredentialNeverReachesAnySink()
    {
        Cases.Sample(c =>
        {
            using var folder = TempFolder.ForCaller();
            var clef = folder.File("app.clef");
            var text = folder.File("app.log");
            var collected = new CollectingSink();
            var pipeline = new LogPipeline(new LogPipelineOptions { MinimumLevel = LogEventLevel.Verbose, FlushOnProcessExit = false });
            pipeline.AddSink(collected);
            pipeline.AddFile(clef);
            pipeline.AddFile(text, o => o.Format = LogFormat.Text);
            Write(pipeline, c);
            pipeline.Dispose();

            collected.Events.Should().NotBeEmpty();
            File.ReadAllBytes(clef).Should().NotBeEmpty();
            Encoding.UTF8.GetString(File.ReadAllBytes(clef)).Should().NotContain(c.Secret);
            Encoding.UTF8.GetString(File.ReadAllBytes(text)).Should().NotContain(c.Secret);
            foreach (var e in collected.Events)
            {
                var json = new StringWriter();
                new CompactJsonFormatter().Format(e, json);
                json.ToString().Should().NotContain(c.Secret);
                e.RenderMessage(CultureInfo.InvariantCulture).Should().NotContain(c.Secret);
                (e.Exception?.ToString() ?? "").Should().NotContain(c.Secret);
            }
        }, seed: PropertyRuns.Seed, iter: PropertyRuns.Iterations(150), threads: 1, print: c => c.ToString());
    }

    static void Write(LogPipeline pipeline, Case c)
    {
        var log = pipeline.Logger;
        var (secret, name, others) = (c.Secret, c.Name, c.Others);
        var other = others.Length > 0 ? others[0] : 1;
        switch (c.Path)
        {
            case 0:
                log.Information("Value {" + name + "} and {Other}", secret, other);
                break;
            case 1:
                log.Information("Many {A} {B} {C} {D} {" + name + "}", [other, 2, 3, 4, secret]);
                break;
            case 2:
                log.ForContext(name, secret).Information("Bound {Other}", other);
                break;
            case 3:
                using (LogContext.Push(name, secret))
                    log.Information("Pushed {Other}", other);
                break;
            case 4:
                using (LogContext.Push(new Dictionary<string, object?> { [name] = secret, ["Other"] = other }))
                    log.Information("Pushed dictionary");
                break;
            case 5:
                using (LogContext.Push([new KeyValuePair<string, object?>(name, secret)]))
                    log.Information("Pushed pairs {Other}", other);
                break;
            case 6:
                log.Information("Payload {@Payload}", new { Others = others, Inner = new Dictionary<string, object?> { ["level"] = new Dictionary<string, object?> { [name] = secret } } });
                break;
            case 7:
                pipeline.Write(LogEventLevel.Warning, null, "Structured {Other}", [new("Other", other), new(name, secret)]);
                break;
            case 8:
                log.Information("Connection {Cs} {Other}", $"Server=db;User Id=sa;{name}={secret};Encrypt=true", other);
                break;
            case 9:
                log.Information("Calling {Url}", $"https://svc:{secret}@api.example.com/v1?x=1");
                break;
            case 10:
                log.Information("Header {Header}", "Authorization: Bearer " + secret);
                break;
            case 11:
                log.Error(new InvalidOperationException($"Cannot open https://u:{secret}@db", new IOException($"{name}={secret}")), "Failed {Other}", other);
                break;
            default:
                using (var factory = LoggerFactory.Create(b => b.AddLogKit(pipeline)))
                {
                    var logger = factory.CreateLogger("Mel");
                    using (logger.BeginScope(new Dictionary<string, object?> { [name] = secret }))
                    using (logger.BeginScope("Scope with {" + name + "} and {Other}", secret, other))
                        logger.LogInformation("Through MEL {" + name + "} {Other}", secret, other);
                }
                break;
        }
    }
}
