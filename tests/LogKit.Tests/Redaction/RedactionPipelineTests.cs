using System.Collections;
using LogKit.Tests.Support;
using Serilog.Core;
using Serilog.Events;

namespace LogKit.Tests.Redaction;

/// <summary>
/// Redaction is in the pipeline: whichever way a value enters an event, a Serilog sink (which receives the
/// materialised LogEvent) and LogKit's own CLEF and text files (which format captured values directly) get it redacted.
/// </summary>
public class RedactionPipelineTests
{
    const string Secret = "hunter2-S3CRET";

    public sealed class Request
    {
        public string Path { get; init; } = "/login";
        public Dictionary<string, string> Headers { get; init; } = new() { ["Authorization"] = "Bearer " + Secret, ["Accept"] = "text/plain" };
        public Credentials Login { get; init; } = new();
    }

    public sealed class Credentials
    {
        public string User { get; init; } = "ann";
        public string Password { get; init; } = Secret;
        public IDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?> { ["nested"] = new Dictionary<string, object?> { ["client_secret"] = Secret } };
    }

    static (LogPipeline Pipeline, CollectingSink Sink) Create() => TestPipeline.WithCollectingSink();

    static string Rendered(LogEvent e)
    {
        var writer = new StringWriter();
        new Serilog.Formatting.Compact.CompactJsonFormatter().Format(e, writer);
        return writer.ToString();
    }

    [Fact]
    public void MasksTemplatePropertiesByNameOnEveryCallForm()
    {
        var (pipeline, sink) = Create();
        using (pipeline)
        {
            pipeline.Logger.Information("Login {User} with {Password}", "ann", Secret);                               // generic
            pipeline.Logger.Information("Keys {A} {B} {C} {D} {ApiKey}", 1, 2, 3, 4, Secret);                         // params
            pipeline.Logger.Information("Twice {Token} and {Token}", Secret, Secret);                                  // Serilog's binder
            pipeline.Logger.Information("{0} then {Pwd}", "positional", Secret);                                       // positional
            pipeline.Logger.Information("Stringified {$Secret} destructured {@Cvv}", new Uri("https://x"), 123);
        }

        sink.Events.Should().HaveCount(5);
        foreach (var e in sink.Events)
            Rendered(e).Should().NotContain(Secret);
        sink.Events[0].Properties["User"].Should().Be(new ScalarValue("ann"));
        sink.Events[0].Properties["Password"].Should().Be(new ScalarValue("***"));
        sink.Events[0].RenderMessage().Should().Be("Login \"ann\" with \"***\"");
        sink.Events[1].Properties["ApiKey"].Should().Be(new ScalarValue("***"));
        sink.Events[2].Properties["Token"].Should().Be(new ScalarValue("***"));
        sink.Events[4].Properties["Cvv"].Should().Be(new ScalarValue("***"));
    }

    [Fact]
    public void MasksInterpolatedHolesByTheirExpressionName()
    {
        var (pipeline, sink) = Create();
        var password = Secret;
        var user = "ann";
        using (pipeline)
            pipeline.Information($"Login {user} with {password}");

        sink.SingleEvent.Properties["password"].Should().Be(new ScalarValue("***"));
        sink.SingleEvent.Properties["user"].Should().Be(new ScalarValue("ann"));
    }

    [Fact]
    public void MasksBoundContextAndPipelineProperties()
    {
        var (pipeline, sink) = Create();
        using (pipeline)
        {
            pipeline.SetProperty("DeployToken", Secret);
            var logger = pipeline.Logger.ForContext("ApiKey", Secret).ForContext("Tenant", "acme");
            using (LogContext.Push("SessionCookie", Secret))
            using (LogContext.Push(new { RefreshToken = Secret, RequestId = 7 }))
            using (LogContext.Push(new Hashtable { ["client_secret"] = Secret }))
            using (LogContext.Push([new KeyValuePair<string, object?>("X-Api-Key", Secret)]))
            using (LogContext.Push([new LogEventProperty("Authorization", new ScalarValue(Secret))]))
            using (LogContext.Push("Credentials", new Credentials(), destructureObjects: true))
            {
                logger.Information("Hello");
                logger.Information("Hello {Name}", "again");
            }
        }

        sink.Events.Should().HaveCount(2);
        foreach (var e in sink.Events)
        {
            Rendered(e).Should().NotContain(Secret);
            foreach (var name in new[] { "DeployToken", "ApiKey", "SessionCookie", "RefreshToken", "client_secret", "X-Api-Key", "Authorization" })
                e.Properties[name].Should().Be(new ScalarValue("***"), name);
            e.Properties["Tenant"].Should().Be(new ScalarValue("acme"));
            e.Properties["RequestId"].Should().Be(new ScalarValue(7));
        }
    }

    [Fact]
    public void MasksNamesAtAnyDepthOfDestructuredObjectsAndDictionaries()
    {
        var (pipeline, sink) = Create();
        using (pipeline)
        {
            pipeline.Logger.Information("Handling {@Request}", new Request());
            pipeline.Logger.Information("Headers {Headers}", new Dictionary<string, object> { ["set-cookie"] = Secret, ["inner"] = new Dictionary<string, string> { ["pwd"] = Secret } });
            pipeline.Logger.Information("Anonymous {@Body}", new { User = "ann", Nested = new[] { new { AccessToken = Secret } } });
        }

        foreach (var e in sink.Events)
            Rendered(e).Should().NotContain(Secret);
        var request = (StructureValue)sink.Events[0].Properties["Request"];
        request.Properties.Single(p => p.Name == "Path").Value.Should().Be(new ScalarValue("/login"));
        var login = (StructureValue)request.Properties.Single(p => p.Name == "Login").Value;
        login.Properties.Single(p => p.Name == "Password").Value.Should().Be(new ScalarValue("***"));
        login.Properties.Single(p => p.Name == "User").Value.Should().Be(new ScalarValue("ann"));
        Rendered(sink.Events[0]).Should().Contain("\"Authorization\":\"***\"").And.Contain("\"Accept\":\"text/plain\"").And.Contain("\"client_secret\":\"***\"");
    }

    [Fact]
    public void MasksCredentialsInsideStringValuesAndExceptionMessages()
    {
        var (pipeline, sink) = Create();
        using (pipeline)
        {
            pipeline.Logger.Information("Connecting with {Cs}", $"Server=db;User Id=sa;Password={Secret};");
            pipeline.Logger.Information("Calling {Url}", $"https://bob:{Secret}@api.example.com/x");
            pipeline.Logger.Information("Calling {Uri}", new Uri($"https://bob:{Secret}@api.example.com/x"));
            pipeline.Logger.Warning(new InvalidOperationException($"Login failed for Bearer {Secret}x1", new IOException($"Pwd={Secret}")), "Failed {Attempt}", 3);
            pipeline.Logger.Information("Plain {Text}", "nothing to see");
        }

        foreach (var e in sink.Events)
            Rendered(e).Should().NotContain(Secret);
        sink.Events[0].Properties["Cs"].Should().Be(new ScalarValue("Server=db;User Id=sa;Password=***;"));
        sink.Events[1].Properties["Url"].Should().Be(new ScalarValue("https://bob:***@api.example.com/x"));
        var exception = sink.Events[3].Exception!;
        exception.Message.Should().Be("Login failed for Bearer ***");
        exception.ToString().Should().StartWith("System.InvalidOperationException: Login failed for Bearer ***").And.Contain("Pwd=***").And.NotContain(Secret);
        sink.Events[2].Properties["Uri"].Should().Be(new ScalarValue("https://bob:***@api.example.com/x"));
        sink.Events[4].Properties["Text"].Should().Be(new ScalarValue("nothing to see"));
    }

    [Fact]
    public void LeavesAnExceptionWithoutCredentialsAsItIs()
    {
        var (pipeline, sink) = Create();
        var thrown = new InvalidOperationException("plain failure: 42 = 42");
        using (pipeline)
            pipeline.Logger.Error(thrown, "Failed");

        sink.SingleEvent.Exception.Should().BeSameAs(thrown);
    }

    [Fact]
    public void MasksStructuredWritesAndEventsBuiltElsewhere()
    {
        var (pipeline, sink) = Create();
        using (pipeline)
        {
            pipeline.Write(LogEventLevel.Information, null, "User {User} signed in", [new("User", "ann"), new("AccessToken", Secret), new("Note", $"token={Secret}")]);
            pipeline.Write(LogEventLevel.Information, null, "Missing {Hole}", [new("Password", Secret)]);
            var foreign = new LogEvent(DateTimeOffset.Now, LogEventLevel.Information, new Exception($"Password={Secret}"),
                new Serilog.Parsing.MessageTemplateParser().Parse("Foreign {Secret}"), [new LogEventProperty("Secret", new ScalarValue(Secret))]);
            pipeline.Logger.Write(foreign);
        }

        sink.Events.Should().HaveCount(3);
        foreach (var e in sink.Events)
            Rendered(e).Should().NotContain(Secret);
        sink.Events[0].Properties["AccessToken"].Should().Be(new ScalarValue("***"));
        sink.Events[0].Properties["Note"].Should().Be(new ScalarValue("token=***"));
    }

    sealed class SecretEnricher : ILogEventEnricher
    {
        public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
            => logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("ClientSecret", Secret));
    }

    [Fact]
    public void MasksWhatEnrichersAddWithoutMaskingTwice()
    {
        var (pipeline, sink) = Create();
        pipeline.Redaction.UseRedactor(value => "<" + value.Length + ">");
        using (pipeline)
            pipeline.Logger.ForContext(new SecretEnricher()).Information("With {Password}", "abc");

        sink.SingleEvent.Properties["ClientSecret"].Should().Be(new ScalarValue("<" + Secret.Length + ">"));
        sink.SingleEvent.Properties["Password"].Should().Be(new ScalarValue("<3>"));
    }

    [Fact]
    public void WritesRedactedValuesToClefAndTextFiles()
    {
        using var folder = TempFolder.ForCaller();
        var clef = folder.File("app.clef");
        var text = folder.File("app.log");
        using (var pipeline = TestPipeline.Create())
        {
            pipeline.AddFile(clef);
            pipeline.AddFile(text, o => o.Format = LogFormat.Text);
            using (LogContext.Push("Cookie", Secret))
            {
                pipeline.Logger.Information("Login {User} {Password} {@Request}", "ann", Secret, new Request());
                pipeline.Logger.Error(new Exception($"https://u:{Secret}@db"), "Failed");
            }
        }

        var clefText = File.ReadAllText(clef);
        clefText.Should().Contain("\"Password\":\"***\"").And.Contain("\"Cookie\":\"***\"").And.Contain("https://u:***@db");
        clefText.Should().NotContain(Secret);
        File.ReadAllText(text).Should().Contain("\"***\"").And.NotContain(Secret);
    }

    [Fact]
    public void DisableWritesValuesAsTheyAre()
    {
        var (pipeline, sink) = Create();
        pipeline.Redaction.Disable();
        using (pipeline)
            pipeline.Logger.Information("Login {Password} {Cs}", Secret, "Password=" + Secret);

        sink.SingleEvent.Properties["Password"].Should().Be(new ScalarValue(Secret));
        sink.SingleEvent.Properties["Cs"].Should().Be(new ScalarValue("Password=" + Secret));
    }

    [Fact]
    public void AppliesNamesAddedAndRemovedWhileLogging()
    {
        var (pipeline, sink) = Create();
        using (pipeline)
        {
            pipeline.Logger.Information("{Ssn} {Cookie}", "123-45-6789", "c=1");
            pipeline.Redaction.Add("ssn");
            pipeline.Redaction.Remove("cookie");
            pipeline.Logger.Information("{Ssn} {Cookie}", "123-45-6789", "c=1");
        }

        sink.Events[0].Properties["Ssn"].Should().Be(new ScalarValue("123-45-6789"));
        sink.Events[0].Properties["Cookie"].Should().Be(new ScalarValue("***"));
        sink.Events[1].Properties["Ssn"].Should().Be(new ScalarValue("***"));
        sink.Events[1].Properties["Cookie"].Should().Be(new ScalarValue("c=1"));
    }

    [Fact]
    public void LeavesOtherPipelinesContextAsItWasCaptured()
    {
        var (redacting, redacted) = Create();
        var (open, unredacted) = Create();
        open.Redaction.Disable();
        using (redacting)
        using (open)
        using (LogContext.Push("Token", Secret))
        {
            redacting.Logger.Information("A");
            open.Logger.Information("B");
        }

        redacted.SingleEvent.Properties["Token"].Should().Be(new ScalarValue("***"));
        unredacted.SingleEvent.Properties["Token"].Should().Be(new ScalarValue(Secret));
    }

    [Fact]
    public void MasksCredentialsInATemplateBuiltAtRunTimeKeepingItsHoles()
    {
        var (pipeline, sink) = Create();
        var connectionString = $"Server=db;Password={Secret};";
        using (pipeline)
        {
            pipeline.Logger.Information("Connecting to " + connectionString + " as {User}", "ann");
            pipeline.Logger.Write(new LogEvent(DateTimeOffset.Now, LogEventLevel.Information, null,
                new Serilog.Parsing.MessageTemplateParser().Parse("Calling https://u:" + Secret + "@h {Id}"), [new LogEventProperty("Id", new ScalarValue(1))]));
        }

        sink.Events[0].MessageTemplate.Text.Should().Be("Connecting to Server=db;Password=***; as {User}");
        sink.Events[0].RenderMessage().Should().Be("Connecting to Server=db;Password=***; as \"ann\"");
        sink.Events[1].MessageTemplate.Text.Should().Be("Calling https://u:***@h {Id}");
        foreach (var e in sink.Events)
            Rendered(e).Should().NotContain(Secret);
    }
}
