using System.Diagnostics;
using LogKit.Elasticsearch.Tests.Support;
using LogKit.Elasticsearch.Tests.Support.Fake;

namespace LogKit.Elasticsearch.Tests.Delivery;

public class ProcessRestartTests
{
    [Fact]
    public async Task AProcessKilledDuringAnOutageLeavesItsBufferAndTheNextOneDeliversIt()
    {
        using var folder = TempFolder.ForCaller();
        var dead = FakeCluster.DeadNodeUri();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "LogKit.Elasticsearch.TestApp.dll"));
        info.ArgumentList.Add(dead.ToString());
        info.ArgumentList.Add(folder.Path);
        info.ArgumentList.Add("20000");
        using (var child = Process.Start(info)!)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
                var line = await child.StandardOutput.ReadLineAsync(timeout.Token);
                line.Should().Be("buffered 20000", await Task.FromResult(child.HasExited ? child.StandardError.ReadToEnd() : ""));
            }
            finally
            {
                child.Kill(entireProcessTree: true);
                await child.WaitForExitAsync();
            }
        }

        await using var cluster = await FakeCluster.StartAsync();
        await using (var sink = TestSinks.Create(cluster.Uri, folder.Path))
            await TestSinks.Eventually(() => sink.Buffer.IsEmpty && cluster.Count == 20_000);

        cluster.Count.Should().Be(20_000);
        var numbers = cluster.Documents.Select(d => d.Parse().GetProperty("logkit").GetProperty("properties").GetProperty("N").GetInt32()).ToHashSet();
        numbers.Should().HaveCount(20_000);
        cluster.Documents.Should().OnlyContain(d => d.Parse().GetProperty("service").GetProperty("name").GetString() == "child");

        // A third start finds nothing left to send: what was acknowledged is not sent again.
        var requests = cluster.Requests;
        await using (var again = TestSinks.Create(cluster.Uri, folder.Path))
        {
            again.Buffer.IsEmpty.Should().BeTrue();
            await Task.Delay(200);
        }
        cluster.Requests.Should().Be(requests);
    }
}
