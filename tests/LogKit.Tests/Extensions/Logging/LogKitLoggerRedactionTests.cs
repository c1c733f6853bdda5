using LogKit.Tests.Support;
using Microsoft.Extensions.Logging;
using Serilog.Events;

namespace LogKit.Tests.Extensions.Logging;

/// <summary>Events and scopes from Microsoft.Extensions.Logging are redacted on the native path and the general mapping alike.</summary>
public class LogKitLoggerRedactionTests
{
    const string Secret = "hunter2-S3CRET";

    static string Clef(LogEvent e)
    {
        var writer = new StringWriter();
        new Serilog.Formatting.Compact.CompactJsonFormatter().Format(e, writer);
        return writer.ToString();
    }

    [Fact]
    public void RedactsTemplatePropertiesScopesAndOtherStates()
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        using (pipeline)
        using (var factory = LoggerFactory.Create(b => b.AddLogKit(pipeline)))
        {
            var logger = factory.CreateLogger("Orders");
            using (logger.BeginScope(new Dictionary<string, object?> { ["Authorization"] = "Bearer " + Secret, ["@Login"] = new { User = "ann", Password = Secret } }))
            using (logger.BeginScope(("ApiKey", (object)Secret)))
            {
                logger.LogInformation("Login {User} {Password}", "ann", Secret);                      // native path
                logger.Log(LogLevel.Warning, default, new Dictionary<string, object?> { ["Token"] = Secret }, null, (_, _) => "custom state");   // general mapping
                logger.LogError(new InvalidOperationException($"Server=db;Password={Secret}"), "Failed for {Url}", $"https://u:{Secret}@h");
            }
        }

        sink.Events.Should().HaveCount(3);
        foreach (var e in sink.Events)
        {
            Clef(e).Should().NotContain(Secret);
            e.Properties["Authorization"].Should().Be(new ScalarValue("***"));
            e.Properties["ApiKey"].Should().Be(new ScalarValue("***"));
        }
        sink.Events[0].Properties["User"].Should().Be(new ScalarValue("ann"));
        sink.Events[0].Properties["Password"].Should().Be(new ScalarValue("***"));
        sink.Events[1].Properties["Token"].Should().Be(new ScalarValue("***"));
        sink.Events[2].Exception!.Message.Should().Be("Server=db;Password=***");
    }

    [Fact]
    public void ATemplateScopeWhoseHolesAreRedactedHasItsScopeTextRedactedToo()
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        using (pipeline)
        using (var factory = LoggerFactory.Create(b => b.AddLogKit(pipeline)))
        {
            var logger = factory.CreateLogger("Orders");
            using (logger.BeginScope("Login for {User} with {Password} at {Amount,8:F2} {{literal}}", "ann", Secret, 12.5m))
            using (logger.BeginScope("Order {OrderId} of {Customer}", 42, "bob"))
                logger.LogInformation("Inside");
        }

        var e = sink.SingleEvent;
        Clef(e).Should().NotContain(Secret);
        e.Properties["Password"].Should().Be(new ScalarValue("***"));
        e.Properties["Scope"].Should().BeOfType<SequenceValue>().Which.Elements.Should().Equal([new ScalarValue("Login for ann with *** at    12.50 {literal}"), new ScalarValue("Order 42 of bob")],
            "a scope with no redacted hole keeps Microsoft.Extensions.Logging's own text");
    }
}
