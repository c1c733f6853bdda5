using LogKit.Tests.Support;
using Serilog.Events;

namespace LogKit.Tests.Redaction;

/// <summary>The static facade's fast path (<c>Log.Information</c>, no Serilog event until a sink asks) is redacted, and <c>Log.Redaction</c> configures it.</summary>
[Collection(SerialCollection.Name)]
public sealed class LogRedactionTests : IDisposable
{
    readonly CollectingSink _sink = new();
    readonly LogSinkHandle _handle;

    public LogRedactionTests() => _handle = Log.AddSink(_sink);

    public void Dispose()
    {
        _handle.Dispose();
        Log.Redaction.Enable();
        Log.Redaction.Remove("ssn");
    }

    [Fact]
    public void TheStaticFacadeRedactsAndFollowsItsOptions()
    {
        var password = "hunter2";
        Log.Information("Login {User} {Password}", "ann", password);
        Log.Information($"Interpolated {password}");
        Log.Redaction.Add("ssn");
        Log.Information("Ssn {Ssn}", "123-45-6789");
        Log.Redaction.Disable();
        Log.Information("Off {Password}", password);

        var events = _sink.Events;
        events[0].Properties["Password"].Should().Be(new ScalarValue("***"));
        events[1].Properties["password"].Should().Be(new ScalarValue("***"));
        events[2].Properties["Ssn"].Should().Be(new ScalarValue("***"));
        events[3].Properties["Password"].Should().Be(new ScalarValue(password));
    }
}
