using LogKit.Tests.Support;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Serilog.Events;

namespace LogKit.Tests.Redaction;

/// <summary>Members marked by the type's author: data classifications, [LogMasked] and [NotLogged], at any depth.</summary>
[Collection(SerialCollection.Name)]
public class ClassifiedMemberTests
{
    static readonly DataClassification Pii = new("Test", "PII");

    sealed class PiiAttribute() : DataClassificationAttribute(Pii);

    public sealed class Customer
    {
        public int Id { get; init; } = 7;

        [Pii]
        public string Email { get; init; } = "ann@example.com";

        [LogMasked(KeepLast = 4)]
        public string CardNumber { get; init; } = "4111111111111111";

        [LogMasked]
        public string Nickname { get; init; } = "annie";

        [NotLogged]
        public string InternalNotes { get; init; } = "do not log";

        [NoDataClassification]
        public string Country { get; init; } = "NZ";
    }

    public sealed record Order(int Id, [Pii] string ShipTo, Customer Customer);

    public sealed record Payment([property: LogMasked(KeepLast = 2)] string Iban, [NotLogged] string Pin);

    static (LogPipeline Pipeline, CollectingSink Sink) Create() => TestPipeline.WithCollectingSink();

    static IReadOnlyDictionary<string, LogEventPropertyValue> Members(LogEventPropertyValue value)
        => ((StructureValue)value).Properties.ToDictionary(p => p.Name, p => p.Value);

    [Fact]
    public void MasksClassifiedMembersKeepsTheHintedSuffixAndLeavesOutNotLogged()
    {
        var (pipeline, sink) = Create();
        using (pipeline)
            pipeline.Logger.Information("Customer {@Customer}", new Customer());

        var members = Members(sink.SingleEvent.Properties["Customer"]);
        members["Id"].Should().Be(new ScalarValue(7));
        members["Email"].Should().Be(new ScalarValue("***"));
        members["CardNumber"].Should().Be(new ScalarValue("***1111"));
        members["Nickname"].Should().Be(new ScalarValue("***"));
        members["Country"].Should().Be(new ScalarValue("NZ"));
        members.Should().NotContainKey("InternalNotes");
        ((StructureValue)sink.SingleEvent.Properties["Customer"]).TypeTag.Should().Be("Customer");
    }

    [Fact]
    public void AppliesAtAnyDepthOnRecordParametersAndWithoutTheDestructuringOperator()
    {
        var (pipeline, sink) = Create();
        using (pipeline)
        {
            pipeline.Logger.Information("Order {@Order}", new Order(1, "1 Main St", new Customer()));
            pipeline.Logger.Information("Payment {Payment}", new Payment("DE89370400440532013000", "1234"));
            using (LogContext.Push(new Payment("GB29NWBK60161331926819", "9999")))
                pipeline.Logger.Information("Pushed");
        }

        var order = Members(sink.Events[0].Properties["Order"]);
        order["ShipTo"].Should().Be(new ScalarValue("***"));
        Members(order["Customer"])["Email"].Should().Be(new ScalarValue("***"));
        var payment = Members(sink.Events[1].Properties["Payment"]);
        payment["Iban"].Should().Be(new ScalarValue("***00"), "a type with marked members is destructured rather than written with its ToString()");
        payment.Should().NotContainKey("Pin");
        sink.Events[2].Properties["Iban"].Should().Be(new ScalarValue("***19"));
        sink.Events[2].Properties.Should().NotContainKey("Pin");
    }

    public sealed record Invoice(int Id, Payment Payment);

    [Fact]
    public void NeverWritesMarkedMembersThroughAToStringThatPrintsThem()
    {
        // A record's ToString() prints every member, a nested record's too: a marked type reached without '@'
        // (inside an unmarked record, in a list, through '$' or a context value) must not be written that way.
        var (pipeline, sink) = Create();
        var payment = new Payment("NZ0012345678", "4321");
        using (pipeline)
        {
            pipeline.Logger.Information("Invoice {Invoice}", new Invoice(1, payment));
            pipeline.Logger.Information("Payments {Payments}", new List<Payment> { payment });
            pipeline.Logger.Information("Payment {$Payment}", payment);
            using (LogContext.Push("Invoice", new Invoice(2, payment)))
                pipeline.Logger.Information("In context");
            pipeline.Logger.Information("Positional {0}", payment);                 // Serilog's binder
            pipeline.Logger.Information("Twice {Payment} {Payment}", payment, payment);
            pipeline.Logger.Information("Extra {Id}", 1, payment);
        }

        sink.Events.Should().HaveCount(7);
        foreach (var e in sink.Events)
        {
            var rendered = string.Join(" ", e.Properties.Values);
            rendered.Should().NotContain("NZ0012345678").And.NotContain("4321").And.Contain("***78");
        }
    }

    [Fact]
    public void StaysRedactedWhenNameRedactionIsDisabled()
    {
        var (pipeline, sink) = Create();
        pipeline.Redaction.Disable();
        using (pipeline)
            pipeline.Logger.Information("Customer {@Customer}", new Customer());

        var members = Members(sink.SingleEvent.Properties["Customer"]);
        members["Email"].Should().Be(new ScalarValue("***"));
        members.Should().NotContainKey("InternalNotes");
    }

    sealed class PrefixRedactor(string prefix) : Redactor
    {
        public override int GetRedactedLength(ReadOnlySpan<char> input) => prefix.Length + input.Length;

        public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
        {
            prefix.AsSpan().CopyTo(destination);
            source.CopyTo(destination[prefix.Length..]);
            return prefix.Length + source.Length;
        }
    }

    sealed class Provider(Func<DataClassificationSet, Redactor> get) : IRedactorProvider
    {
        public Redactor GetRedactor(DataClassificationSet classifications) => get(classifications);
    }

    [Fact]
    public void UsesTheRedactorProviderForClassifiedMembers()
    {
        var (pipeline, sink) = Create();
        DataClassificationSet? asked = null;
        pipeline.Redaction.RedactorProvider = new Provider(set => { asked = set; return new PrefixRedactor("hashed:"); });
        using (pipeline)
            pipeline.Logger.Information("Customer {@Customer} {Password}", new Customer(), "pw");

        var members = Members(sink.SingleEvent.Properties["Customer"]);
        members["Email"].Should().Be(new ScalarValue("hashed:ann@example.com"));
        members["CardNumber"].Should().Be(new ScalarValue("***1111"), "[LogMasked] keeps its own masking");
        asked.Should().Be(new DataClassificationSet(Pii));
        sink.SingleEvent.Properties["Password"].Should().Be(new ScalarValue("***"), "name redaction uses Redactor, not the provider");
    }

    [Fact]
    public void ARedactorThatThrowsWritesAMarkerReportsItAndKeepsTheEvent()
    {
        var (pipeline, sink) = Create();
        pipeline.Redaction.UseRedactor(_ => throw new InvalidOperationException("broken redactor"));
        pipeline.Redaction.RedactorProvider = new Provider(_ => throw new InvalidOperationException("broken provider"));
        var before = LogKit.Redaction.RedactionFailures.Total;
        using var selfLog = new SelfLogCapture();
        using (pipeline)
            pipeline.Logger.Information("Login {Password} {@Customer}", "pw", new Customer());

        sink.SingleEvent.Properties["Password"].Should().Be(new ScalarValue("[redaction failed]"));
        Members(sink.SingleEvent.Properties["Customer"])["Email"].Should().Be(new ScalarValue("[redaction failed]"));
        LogKit.Redaction.RedactionFailures.Total.Should().BeGreaterThanOrEqualTo(before + 2);
        selfLog.Lines.Should().Contain(l => l.Contains("broken redactor")).And.Contain(l => l.Contains("broken provider"));
        pipeline.Counters.Failed.Should().Be(0);
        RedactionFailureMetric().Should().BeGreaterThanOrEqualTo(before + 2);
    }

    static long RedactionFailureMetric()
    {
        long? observed = null;
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "LogKit" && instrument.Name == "logkit.redaction.failures")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => observed = value);
        listener.Start();
        listener.RecordObservableInstruments();
        return observed ?? -1;
    }
}
