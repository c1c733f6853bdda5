using System.Diagnostics.Metrics;
using System.Text;
using LogKit.Elasticsearch.Tests.Support;
using LogKit.Elasticsearch.Tests.Support.Fake;

namespace LogKit.Elasticsearch.Tests.Delivery;

[Collection(SerialCollection.Name)]
public class CredentialTests
{
    const string Password = "s3cr3t-P4ss";

    [Fact]
    public async Task CredentialsInTheUriAreSentButNeverAppearInSelfLogExceptionsMetricsOrFiles()
    {
        using var folder = TempFolder.ForCaller();
        using var selfLog = new SelfLogCapture();
        var tags = new List<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) => { if (instrument.Meter.Name == "LogKit") l.EnableMeasurementEvents(instrument); };
        listener.SetMeasurementEventCallback<long>((_, _, t, _) => { lock (tags) foreach (var tag in t) tags.Add($"{tag.Key}={tag.Value}"); });
        listener.SetMeasurementEventCallback<double>((_, _, t, _) => { lock (tags) foreach (var tag in t) tags.Add($"{tag.Key}={tag.Value}"); });
        listener.Start();
        await using var cluster = await FakeCluster.StartAsync();
        cluster.RequiredAuthorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("elastic:" + Password));
        cluster.ItemFaults = item => item.Attempt == 1 && item.Id.EndsWith('A') ? new ItemFault(400, "illegal_argument_exception", "bad") : null;
        var dead = FakeCluster.DeadNodeUri();
        var withSecret = new UriBuilder(cluster.Uri) { UserName = "elastic", Password = Password }.Uri;
        var deadWithSecret = new UriBuilder(dead) { UserName = "elastic", Password = Password }.Uri;

        var messages = new List<string>();
        try
        {
            TestSinks.Create(new Uri("ftp://elastic:" + Password + "@host/"), folder.File("x"));
        }
        catch (ArgumentException e)
        {
            messages.Add(e.ToString());
        }
        await using (var sink = TestSinks.Create(withSecret, folder.Path, configure: o => o.Nodes = [deadWithSecret, withSecret]))
        {
            for (var i = 0; i < 1000; i += 100)
                await sink.EmitBatchAsync(Some.Events(i, 100));
            try
            {
                TestSinks.Create(withSecret, folder.Path);
            }
            catch (ArgumentException e)
            {
                messages.Add(e.ToString());
            }
            listener.RecordObservableInstruments();
        }
        await using (var refused = TestSinks.Create(new UriBuilder(cluster.Uri) { UserName = "elastic", Password = "wrong-" + Password }.Uri, folder.File("refused"),
            configure: o => o.ShutdownTimeout = TimeSpan.FromSeconds(10)))
        {
            await refused.EmitBatchAsync(Some.Events(5000, 10));
            await TestSinks.Eventually(() => selfLog.Lines.Any(l => l.Contains("401")));
        }

        cluster.Documents.Should().NotBeEmpty();
        cluster.Authorizations.Should().Contain(cluster.RequiredAuthorization, "the URI's user information is sent as Basic credentials");
        messages.Should().HaveCount(2);
        var everything = string.Join("\n", selfLog.Lines.Concat(messages).Concat(tags)
            .Concat(Directory.EnumerateFiles(folder.Path, "*", SearchOption.AllDirectories).Select(File.ReadAllText)));
        selfLog.Lines.Should().NotBeEmpty();
        everything.Should().NotContain(Password);
        everything.Should().NotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes("elastic:" + Password)));
    }
}
