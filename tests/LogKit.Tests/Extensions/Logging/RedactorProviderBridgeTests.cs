using LogKit.Tests.Support;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog.Events;

namespace LogKit.Tests.Extensions.Logging;

/// <summary>The application's IRedactorProvider (services.AddRedaction) redacts classified members of events logged through LogKit.</summary>
public class RedactorProviderBridgeTests
{
    static readonly DataClassification Pii = new("Test", "PII");

    sealed class PiiAttribute() : DataClassificationAttribute(Pii);

    public sealed class Customer
    {
        public int Id { get; init; } = 7;

        [Pii]
        public string Email { get; init; } = "ann@example.com";
    }

    public sealed class BracketRedactor : Redactor
    {
        public override int GetRedactedLength(ReadOnlySpan<char> input) => input.Length + 2;

        public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
        {
            destination[0] = '[';
            destination[source.Length + 1] = ']';
            source.CopyTo(destination[1..]);
            return source.Length + 2;
        }
    }

    static StructureValue LogCustomer(LogPipeline pipeline, CollectingSink sink, Action<IServiceCollection> services)
    {
        var collection = new ServiceCollection();
        services(collection);
        collection.AddLogging(b => b.AddLogKit(pipeline));
        using (var provider = collection.BuildServiceProvider())
            provider.GetRequiredService<ILogger<RedactorProviderBridgeTests>>().LogInformation("Customer {@Customer}", new Customer());
        return (StructureValue)sink.SingleEvent.Properties["Customer"];
    }

    [Fact]
    public void ClassifiedMembersAreRedactedByTheRedactorRegisteredForTheirClassification()
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        using (pipeline)
        {
            var customer = LogCustomer(pipeline, sink, s => s.AddRedaction(r => r.SetRedactor<BracketRedactor>(new DataClassificationSet(Pii))));
            customer.Properties.Single(p => p.Name == "Email").Value.Should().Be(new ScalarValue("[ann@example.com]"));
            customer.Properties.Single(p => p.Name == "Id").Value.Should().Be(new ScalarValue(7));
        }
    }

    [Fact]
    public void WithoutARedactorProviderClassifiedMembersAreMasked()
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        using (pipeline)
        {
            var customer = LogCustomer(pipeline, sink, _ => { });
            customer.Properties.Single(p => p.Name == "Email").Value.Should().Be(new ScalarValue("***"));
        }
    }

    [Fact]
    public void AProviderSetOnThePipelineInCodeIsKept()
    {
        var (pipeline, sink) = TestPipeline.WithCollectingSink();
        var own = new Provider();
        pipeline.Redaction.RedactorProvider = own;
        using (pipeline)
        {
            var customer = LogCustomer(pipeline, sink, s => s.AddRedaction(r => r.SetRedactor<BracketRedactor>(new DataClassificationSet(Pii))));
            customer.Properties.Single(p => p.Name == "Email").Value.Should().Be(new ScalarValue("own"));
            pipeline.Redaction.RedactorProvider.Should().BeSameAs(own);
        }
    }

    sealed class Provider : IRedactorProvider
    {
        public Redactor GetRedactor(DataClassificationSet classifications) => new Constant();

        sealed class Constant : Redactor
        {
            public override int GetRedactedLength(ReadOnlySpan<char> input) => 3;

            public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
            {
                "own".AsSpan().CopyTo(destination);
                return 3;
            }
        }
    }
}
